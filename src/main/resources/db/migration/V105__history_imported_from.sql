-- Issue 14, point 3: a change set written by the spreadsheet import says so, with the file's name
-- as the office uploaded it, so that each imported record's history tells where it came from.
-- Null for every other change (a form, the API, the seed).
ALTER TABLE audit_revision ADD COLUMN imported_from varchar(255);
