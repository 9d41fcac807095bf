-- One number that changes, in the same transaction, with every change to the records that
-- listings count. Each portal instance keys its cached counts by it and reads it within the
-- statement that reads a page, so several instances stay consistent with no shared cache.
-- A row, not just a sequence, because a sequence moves before the writer commits: a reader
-- could then cache a count of the old data under the new number.
CREATE TABLE catalogue_version (
    id      boolean PRIMARY KEY DEFAULT true,
    version bigint  NOT NULL,
    CONSTRAINT catalogue_version_single_row_chk CHECK (id)
);
INSERT INTO catalogue_version (id, version) VALUES (true, 1);

-- The next number comes from a sequence so that a number is never used twice: a transaction
-- that changed records, read a listing (caching its count under its own new number) and then
-- rolled back must not leave that number to the next change.
CREATE SEQUENCE catalogue_version_seq START WITH 2;

CREATE FUNCTION catalogue_version_bump() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE catalogue_version SET version = nextval('catalogue_version_seq');
    RETURN NULL;
END;
$$;

-- Per statement, not per row: a bulk change bumps the number once.
CREATE TRIGGER agreement_catalogue_version_trg AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON agreement
    FOR EACH STATEMENT EXECUTE FUNCTION catalogue_version_bump();
CREATE TRIGGER agreement_partner_catalogue_version_trg AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON agreement_partner
    FOR EACH STATEMENT EXECUTE FUNCTION catalogue_version_bump();
CREATE TRIGGER agreement_area_catalogue_version_trg AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON agreement_area
    FOR EACH STATEMENT EXECUTE FUNCTION catalogue_version_bump();
CREATE TRIGGER partner_catalogue_version_trg AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON partner
    FOR EACH STATEMENT EXECUTE FUNCTION catalogue_version_bump();
CREATE TRIGGER meeting_catalogue_version_trg AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON meeting
    FOR EACH STATEMENT EXECUTE FUNCTION catalogue_version_bump();
CREATE TRIGGER meeting_partner_catalogue_version_trg AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON meeting_partner
    FOR EACH STATEMENT EXECUTE FUNCTION catalogue_version_bump();
