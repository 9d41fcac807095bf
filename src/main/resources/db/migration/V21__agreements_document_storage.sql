-- Signed PDFs are already compressed: store them uncompressed out of line, so that the download
-- can read them in slices (substring) without decompressing from the start each time.
ALTER TABLE agreement_document ALTER COLUMN content SET STORAGE EXTERNAL;
