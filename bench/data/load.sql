-- Loads the synthetic data set into a database that Flyway has migrated (the portal's own
-- migrations, seed included). Usage:
--   psql -v agreements=100000 -v partners=500 -v meetings=20000 -f bench/data/load.sql
-- Set-based throughout: each table is filled by a few INSERT ... SELECT over generate_series.
\set ON_ERROR_STOP on
\set QUIET on
\timing off

-- Bulk-load settings for this session only: no triggers or foreign-key checks (the generator
-- keeps the references right and fills the search column itself), secondary indexes dropped
-- during the load and rebuilt after it, which is several times faster than maintaining them.
SET session_replication_role = replica;
SET synchronous_commit = off;
SET maintenance_work_mem = '512MB';
SET work_mem = '64MB';

CREATE TEMP TABLE bench_index AS
SELECT i.indexrelid::regclass::text AS name, pg_get_indexdef(i.indexrelid) AS definition
  FROM pg_index i
  JOIN pg_class t ON t.oid = i.indrelid
  JOIN pg_namespace n ON n.oid = t.relnamespace
 WHERE n.nspname = current_schema() AND t.relkind = 'r' AND t.relname <> 'flyway_schema_history'
   AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = i.indexrelid);
DO $$
DECLARE r record;
BEGIN
    FOR r IN SELECT name FROM bench_index LOOP
        EXECUTE 'DROP INDEX ' || r.name;
    END LOOP;
END $$;

\echo '  vocabulary'
\ir 01_vocabulary.sql
\echo '  partners'
\ir 02_partners.sql
\echo '  agreements and their texts'
\ir 03_agreements.sql
\echo '  meetings'
\ir 04_meetings.sql
\ir 05_finish.sql
-- The listing's facet rows (V150) are kept by triggers, off during the load: built once here.
SELECT EXISTS (SELECT 1 FROM pg_proc WHERE proname = 'agreement_facet_rebuild') AS has_facet_rows \gset
\if :has_facet_rows
\echo '  facet rows'
SELECT agreement_facet_rebuild();
\endif

-- The public partner lists (V173), kept by triggers too.
SELECT EXISTS (SELECT 1 FROM pg_proc WHERE proname = 'agreement_published_partners_rebuild') AS has_partner_lists \gset
\if :has_partner_lists
\echo '  partner lists'
SELECT agreement_published_partners_rebuild();
\endif

\echo '  indexes'
DO $$
DECLARE r record;
BEGIN
    FOR r IN SELECT definition FROM bench_index LOOP
        EXECUTE r.definition;
    END LOOP;
END $$;
RESET session_replication_role;
\echo '  vacuum and analyze'
VACUUM (ANALYZE);
