-- Issue 14 (point 4) and issue 16 (point 10): an agreement is found by the words inside its signed
-- PDFs and by its partners' names in both languages (パリ, パリ市, City of Paris), not only by its
-- titles, summaries and full texts.
--
-- The PDF's text is extracted by the portal (Apache PDFBox) when the file is uploaded and kept
-- beside it: NULL means "not read yet" (files stored before this migration; the portal reads them
-- once at start-up, agreements.domain.DocumentTextBackfill), '' means "no text layer" (a scan).
ALTER TABLE agreement_document ADD COLUMN extracted_text text;

-- Everything an agreement is found by, lower-cased, in one place: the agreement's trigger and the
-- refresh below both call it. Only what the public may read goes in: published partners' names
-- and published documents (a withdrawn document leaves the search with its withdrawal); staff notes
-- never. Whether the agreement itself is public is the search's own condition (a.visibility).
CREATE FUNCTION agreement_search_source(target bigint, p_title text, p_title_ja text, p_summary text,
                                        p_summary_ja text) RETURNS text
    LANGUAGE sql STABLE AS $$
    SELECT lower(concat_ws(' ', p_title, p_title_ja, p_summary, p_summary_ja,
               (SELECT string_agg(concat_ws(' ', t.title, t.body), ' ')
                  FROM agreement_text t WHERE t.agreement_id = target),
               (SELECT string_agg(concat_ws(' ', p.name, p.name_ja, p.official_name), ' ')
                  FROM agreement_partner ap JOIN partner p ON p.id = ap.partner_id
                 WHERE ap.agreement_id = target AND p.visibility = 'PUBLISHED'),
               (SELECT string_agg(d.extracted_text, ' ' ORDER BY d.id)
                  FROM agreement_document d
                 WHERE d.agreement_id = target AND d.visibility = 'PUBLISHED')))
$$;

-- The functions of V42, now reading agreement_search_source.
CREATE OR REPLACE FUNCTION agreement_refresh_search_text(target bigint) RETURNS void LANGUAGE sql AS $$
    UPDATE agreement a
       SET (search_text, search_text_cjk) = (
               SELECT s.text, search_cjk_doubled(s.text)
                 FROM (SELECT agreement_search_source(a.id, a.title, a.title_ja, a.summary, a.summary_ja) AS text) s)
     WHERE a.id = target;
$$;

CREATE OR REPLACE FUNCTION agreement_search_text_on_agreement() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    NEW.search_text := agreement_search_source(NEW.id, NEW.title, NEW.title_ja, NEW.summary, NEW.summary_ja);
    NEW.search_text_cjk := search_cjk_doubled(NEW.search_text);
    RETURN NEW;
END;
$$;

-- agreement_search_text_on_text (V3) refreshes the agreement of the changed row: partners and
-- documents have the same agreement_id column, so they share it.
CREATE TRIGGER agreement_partner_search_text_trg
    AFTER INSERT OR UPDATE OR DELETE ON agreement_partner
    FOR EACH ROW EXECUTE FUNCTION agreement_search_text_on_text();

CREATE TRIGGER agreement_document_search_text_trg
    AFTER INSERT OR DELETE OR UPDATE OF extracted_text, visibility ON agreement_document
    FOR EACH ROW EXECUTE FUNCTION agreement_search_text_on_text();

-- A partner renamed, or published or withdrawn: each of its agreements, in one statement.
CREATE FUNCTION agreement_search_text_on_partner() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE agreement a
       SET (search_text, search_text_cjk) = (
               SELECT s.text, search_cjk_doubled(s.text)
                 FROM (SELECT agreement_search_source(a.id, a.title, a.title_ja, a.summary, a.summary_ja) AS text) s)
     WHERE a.id IN (SELECT ap.agreement_id FROM agreement_partner ap WHERE ap.partner_id = NEW.id);
    RETURN NULL;
END;
$$;

CREATE TRIGGER partner_agreement_search_text_trg
    AFTER UPDATE OF name, name_ja, official_name, visibility ON partner
    FOR EACH ROW
    WHEN (OLD.name IS DISTINCT FROM NEW.name OR OLD.name_ja IS DISTINCT FROM NEW.name_ja
          OR OLD.official_name IS DISTINCT FROM NEW.official_name OR OLD.visibility IS DISTINCT FROM NEW.visibility)
    EXECUTE FUNCTION agreement_search_text_on_partner();

-- Existing agreements gain their partners' names now; their documents' words once the portal has
-- read the files (the backfill's UPDATE of extracted_text fires the trigger above).
UPDATE agreement a
   SET (search_text, search_text_cjk) = (
           SELECT s.text, search_cjk_doubled(s.text)
             FROM (SELECT agreement_search_source(a.id, a.title, a.title_ja, a.summary, a.summary_ja) AS text) s);

-- The start-up backfill looks for documents not read yet.
CREATE INDEX agreement_document_unread_idx ON agreement_document (id) WHERE extracted_text IS NULL;
