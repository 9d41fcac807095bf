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
-- read version L is logged with a version above L (rows a delete cascades to move the version on after it;
-- that changes nothing of this).
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

-- The agreements a statement changed: inserted, deleted, or updated with other words or another visibility
-- (a change of status or of a note leaves the words as they were); emptied, -1, which tells an instance to read
-- every agreement's words again. Each trigger below has the transition tables its own branch reads.
CREATE FUNCTION agreement_search_change_on_rows() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        PERFORM agreement_search_change_log(ARRAY(SELECT n.id FROM new_rows n));
    ELSIF TG_OP = 'UPDATE' THEN
        PERFORM agreement_search_change_log(ARRAY(
            SELECT n.id FROM new_rows n JOIN old_rows o ON o.id = n.id
             WHERE n.visibility IS DISTINCT FROM o.visibility OR n.search_vector IS DISTINCT FROM o.search_vector));
    ELSIF TG_OP = 'DELETE' THEN
        PERFORM agreement_search_change_log(ARRAY(SELECT o.id FROM old_rows o));
    ELSE
        PERFORM agreement_search_change_log(ARRAY[-1::bigint]);
    END IF;
    RETURN NULL;
END;
$$;

CREATE TRIGGER agreement_search_change_insert_trg
    AFTER INSERT ON agreement REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION agreement_search_change_on_rows();

CREATE TRIGGER agreement_search_change_update_trg
    AFTER UPDATE ON agreement REFERENCING NEW TABLE AS new_rows OLD TABLE AS old_rows
    FOR EACH STATEMENT EXECUTE FUNCTION agreement_search_change_on_rows();

CREATE TRIGGER agreement_search_change_delete_trg
    AFTER DELETE ON agreement REFERENCING OLD TABLE AS old_rows
    FOR EACH STATEMENT EXECUTE FUNCTION agreement_search_change_on_rows();

CREATE TRIGGER agreement_search_change_truncate_trg
    AFTER TRUNCATE ON agreement
    FOR EACH STATEMENT EXECUTE FUNCTION agreement_search_change_on_rows();
