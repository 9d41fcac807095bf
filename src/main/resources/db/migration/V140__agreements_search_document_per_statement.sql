-- Issue 14: importing 10,000 agreements from a spreadsheet must take seconds. Most of the time went
-- into the agreements' search documents (V110, V111), built several times per agreement and slowly.
--
-- 1. The row trigger of V110 on agreement_partner rebuilt an agreement's search document (through
--    agreement_search_source, then search_document in agreement_search_text_trg) once for every partner
--    row inserted, updated or deleted, one UPDATE of agreement per row. A statement-level trigger with
--    transition tables updates each agreement the statement touched once. A form's save (Hibernate
--    writes one partner row per statement) sees no difference. PostgreSQL allows transition tables only
--    on a trigger of one event, hence three triggers. agreement_document keeps its row trigger: its
--    documents come one at a time, and an UPDATE OF a column list cannot have transition tables.
DROP TRIGGER agreement_partner_search_text_trg ON agreement_partner;

CREATE FUNCTION agreement_search_text_on_partner_rows() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    -- Each branch names only the transition tables its event has (PL/pgSQL plans a statement when it runs).
    IF TG_OP = 'INSERT' THEN
        UPDATE agreement a
           SET search_text = agreement_search_source(a.id, a.title, a.title_ja, a.summary, a.summary_ja)
         WHERE a.id IN (SELECT n.agreement_id FROM new_partner_rows n);
    ELSIF TG_OP = 'DELETE' THEN
        UPDATE agreement a
           SET search_text = agreement_search_source(a.id, a.title, a.title_ja, a.summary, a.summary_ja)
         WHERE a.id IN (SELECT o.agreement_id FROM old_partner_rows o);
    ELSE
        UPDATE agreement a
           SET search_text = agreement_search_source(a.id, a.title, a.title_ja, a.summary, a.summary_ja)
         WHERE a.id IN (SELECT o.agreement_id FROM old_partner_rows o UNION SELECT n.agreement_id FROM new_partner_rows n);
    END IF;
    RETURN NULL;
END;
$$;

CREATE TRIGGER agreement_partner_search_text_insert_trg
    AFTER INSERT ON agreement_partner REFERENCING NEW TABLE AS new_partner_rows
    FOR EACH STATEMENT EXECUTE FUNCTION agreement_search_text_on_partner_rows();

CREATE TRIGGER agreement_partner_search_text_update_trg
    AFTER UPDATE ON agreement_partner REFERENCING OLD TABLE AS old_partner_rows NEW TABLE AS new_partner_rows
    FOR EACH STATEMENT EXECUTE FUNCTION agreement_search_text_on_partner_rows();

CREATE TRIGGER agreement_partner_search_text_delete_trg
    AFTER DELETE ON agreement_partner REFERENCING OLD TABLE AS old_partner_rows
    FOR EACH STATEMENT EXECUTE FUNCTION agreement_search_text_on_partner_rows();

-- 2. New agreements written in bulk (agreements.domain.AgreementBulkInserts) write their partners
--    first, so that each agreement's own insert trigger finds its partners' names and builds its search
--    document once, instead of once when it is inserted and again when its partners follow. For that a
--    writer may ask for a partner's link to its agreement to be checked at the end of its transaction
--    (SET CONSTRAINTS ... DEFERRED); every other write is checked at once, as before.
ALTER TABLE agreement_partner ALTER CONSTRAINT agreement_partner_agreement_id_fkey DEFERRABLE INITIALLY IMMEDIATE;

-- 3. search_document (V111) the same, in PL/pgSQL: a SQL function with a FROM clause is not inlined,
--    so each call started an executor of its own, and that was most of its cost (some three times the
--    words' own work). PL/pgSQL keeps its plans: the same document, two to four times faster. The
--    stored documents need no rebuilding (checked equal on the seed, on '' and on NULL).
CREATE OR REPLACE FUNCTION search_document(t text) RETURNS tsvector
    LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE AS $$
DECLARE
    head  text := left(t, 400000);
    latin text := regexp_replace(head,
                                 '[\u3005\u3006\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7a3\uf900-\ufaff\uff66-\uff9f]+',
                                 ' ', 'g');
BEGIN
    RETURN to_tsvector('english', latin) || to_tsvector('simple', latin) || search_cjk_bigrams(head);
END;
$$;
