-- Issue 13: each portal instance keeps the words of the public agreements' search documents in memory
-- (agreements.domain.SearchLexicon), so that a search nobody made before is worked out without the
-- search index reading every match of a common word and then every matching row. Reading them all
-- again after every save would take seconds at 100,000 agreements; this log says which agreements'
-- words or visibility changed at which data version, so an instance reads only those.
--
-- The version logged is the data version after the statement that made the change: the statement's own
-- data_version_bump (V20) has run by then, as triggers of one event fire in the order of their names
-- (agreement_data_version_trg before agreement_search_change_*). A transaction holds the data_version row
-- from its first change to its commit, so every change of a transaction that committed after an instance
-- read version L is logged with a version above L.
--
-- Rows are kept for a day; an instance whose words are older than half of that reads them all again.
CREATE TABLE agreement_search_change (
    version      bigint      NOT NULL,
    agreement_id bigint      NOT NULL,
    logged_at    timestamptz NOT NULL DEFAULT now()
);

CREATE INDEX agreement_search_change_version_idx ON agreement_search_change (version);
CREATE INDEX agreement_search_change_logged_at_idx ON agreement_search_change (logged_at);

CREATE FUNCTION agreement_search_change_log(ids bigint[]) RETURNS void LANGUAGE sql AS $$
    DELETE FROM agreement_search_change WHERE logged_at < now() - interval '1 day';
    INSERT INTO agreement_search_change (version, agreement_id)
    SELECT (SELECT version FROM data_version WHERE id), i FROM unnest(ids) AS i WHERE i IS NOT NULL;
$$;

CREATE FUNCTION agreement_search_change_on_insert() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM agreement_search_change_log(ARRAY(SELECT n.id FROM new_rows n));
    RETURN NULL;
END;
$$;

-- Only rows whose words or visibility changed: a change of status or of a note leaves the words as they were.
CREATE FUNCTION agreement_search_change_on_update() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM agreement_search_change_log(ARRAY(
        SELECT n.id FROM new_rows n JOIN old_rows o ON o.id = n.id
         WHERE n.visibility IS DISTINCT FROM o.visibility OR n.search_vector IS DISTINCT FROM o.search_vector));
    RETURN NULL;
END;
$$;

CREATE FUNCTION agreement_search_change_on_delete() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM agreement_search_change_log(ARRAY(SELECT o.id FROM old_rows o));
    RETURN NULL;
END;
$$;

CREATE TRIGGER agreement_search_change_insert_trg
    AFTER INSERT ON agreement REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION agreement_search_change_on_insert();

CREATE TRIGGER agreement_search_change_update_trg
    AFTER UPDATE ON agreement REFERENCING NEW TABLE AS new_rows OLD TABLE AS old_rows
    FOR EACH STATEMENT EXECUTE FUNCTION agreement_search_change_on_update();

CREATE TRIGGER agreement_search_change_delete_trg
    AFTER DELETE ON agreement REFERENCING OLD TABLE AS old_rows
    FOR EACH STATEMENT EXECUTE FUNCTION agreement_search_change_on_delete();

-- Emptied: no ids to log; -1 tells an instance to read every agreement's words again.
CREATE FUNCTION agreement_search_change_on_truncate() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM agreement_search_change_log(ARRAY[-1::bigint]);
    RETURN NULL;
END;
$$;

CREATE TRIGGER agreement_search_change_truncate_trg
    AFTER TRUNCATE ON agreement
    FOR EACH STATEMENT EXECUTE FUNCTION agreement_search_change_on_truncate();
