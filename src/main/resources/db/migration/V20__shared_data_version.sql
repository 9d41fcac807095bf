-- One counter that every change to a table the public pages read moves forward. Read caches
-- (facet counts, totals) are keyed by it, so a cached figure is never used after the data it
-- came from has changed, whichever portal instance made the change. A new table that public
-- pages read needs the same trigger. Versions come from a sequence, which never goes back: a
-- transaction that changed data, read through a cache and then rolled back used a number that no
-- later version will have.
CREATE SEQUENCE data_version_seq START WITH 2;

CREATE TABLE data_version (
    id      boolean PRIMARY KEY DEFAULT true CHECK (id),
    version bigint  NOT NULL
);
INSERT INTO data_version (id, version) VALUES (true, 1);

CREATE FUNCTION data_version_bump() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE data_version SET version = nextval('data_version_seq') WHERE id;
    RETURN NULL;
END;
$$;

DO $$
DECLARE
    t text;
BEGIN
    FOREACH t IN ARRAY ARRAY['partner', 'agreement', 'agreement_partner', 'agreement_signatory', 'agreement_area',
                             'agreement_relation', 'agreement_text', 'agreement_document', 'meeting',
                             'meeting_partner', 'meeting_participant', 'meeting_agreement', 'network', 'source',
                             'citation'] LOOP
        EXECUTE format('CREATE TRIGGER %I AFTER INSERT OR UPDATE OR DELETE ON %I'
                       || ' FOR EACH STATEMENT EXECUTE FUNCTION data_version_bump()', t || '_data_version_trg', t);
        EXECUTE format('CREATE TRIGGER %I AFTER TRUNCATE ON %I'
                       || ' FOR EACH STATEMENT EXECUTE FUNCTION data_version_bump()', t || '_data_version_truncate_trg', t);
    END LOOP;
END;
$$;
