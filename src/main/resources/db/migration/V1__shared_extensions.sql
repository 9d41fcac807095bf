-- pg_trgm backs the free-text search: it matches substrings in any script,
-- which matters because PostgreSQL ships no Japanese word splitter.
CREATE EXTENSION IF NOT EXISTS pg_trgm;
