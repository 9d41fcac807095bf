-- Issue 13: a search nobody made before must be fast at 100,000 agreements. The trigram indexes
-- (V3, V42) find candidates by three-character pieces and then re-read each candidate's whole
-- search_text to check it: for a common word that is most agreements, each with kilobytes of full
-- text (and now PDF text), read twice (the page and the counts). A text-search document answers
-- from the index alone: a GIN index of tsvector lexemes needs no recheck for the queries the
-- portal makes (words and prefixes, no phrases or weights).
--
-- What the document holds, built from search_text (V110: titles, summaries, full texts, published
-- documents, published partners' names, lower-cased):
-- * the words of every non-CJK script twice: as the 'english' configuration stems them ("cities"
--   and "city" are both "citi") and as they are ('simple': no stop words dropped, so that "the" or
--   "of" still match something). A search word is looked up as a prefix in both (see
--   agreements.domain.SearchWords), so "city" finds city, cities and citizens, and "the" finds "the";
-- * every two-character piece of each run of Chinese, Japanese and Korean characters
--   ("東京都の防災" gives 東京 京都 都の の防 防災): PostgreSQL has no Japanese word splitter, and a
--   word of two characters or more is found as all of its pieces (防災; パリ市 is パリ and リ市).
CREATE FUNCTION search_cjk_bigrams(t text) RETURNS tsvector
    LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT coalesce(array_to_tsvector(array_agg(DISTINCT substr(r.run, i, 2))), ''::tsvector)
      FROM (SELECT m[1] AS run
              FROM regexp_matches(t, '([\u3005\u3006\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7a3\uf900-\ufaff\uff66-\uff9f]{2,})', 'g') m) r,
           generate_series(1, length(r.run) - 1) i
$$;

-- A tsvector is at most 1 MB: the words of the first 400,000 characters (some 130 pages) are plenty
-- to find an agreement by.
CREATE FUNCTION search_document(t text) RETURNS tsvector
    LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT to_tsvector('english', s.latin) || to_tsvector('simple', s.latin) || search_cjk_bigrams(s.text)
      FROM (SELECT left(t, 400000) AS text,
                   regexp_replace(left(t, 400000),
                                  '[\u3005\u3006\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7a3\uf900-\ufaff\uff66-\uff9f]+',
                                  ' ', 'g') AS latin) s
$$;

ALTER TABLE agreement ADD COLUMN search_vector tsvector NOT NULL DEFAULT ''::tsvector;

-- The trigger now fills the document from search_text. It also fires when only search_text is set
-- (agreement_refresh_search_text, after a text, partner or document changed), keeping the title
-- columns' trigger of V3 for the rest.
DROP TRIGGER agreement_search_text_trg ON agreement;

CREATE OR REPLACE FUNCTION agreement_search_text_on_agreement() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'INSERT' OR NEW.title IS DISTINCT FROM OLD.title OR NEW.title_ja IS DISTINCT FROM OLD.title_ja
       OR NEW.summary IS DISTINCT FROM OLD.summary OR NEW.summary_ja IS DISTINCT FROM OLD.summary_ja THEN
        NEW.search_text := agreement_search_source(NEW.id, NEW.title, NEW.title_ja, NEW.summary, NEW.summary_ja);
    END IF;
    IF TG_OP = 'INSERT' OR NEW.search_text IS DISTINCT FROM OLD.search_text THEN
        NEW.search_vector := search_document(NEW.search_text);
    END IF;
    RETURN NEW;
END;
$$;

CREATE TRIGGER agreement_search_text_trg
    BEFORE INSERT OR UPDATE OF title, title_ja, summary, summary_ja, search_text ON agreement
    FOR EACH ROW EXECUTE FUNCTION agreement_search_text_on_agreement();

CREATE OR REPLACE FUNCTION agreement_refresh_search_text(target bigint) RETURNS void LANGUAGE sql AS $$
    UPDATE agreement a
       SET search_text = agreement_search_source(a.id, a.title, a.title_ja, a.summary, a.summary_ja)
     WHERE a.id = target;
$$;

CREATE OR REPLACE FUNCTION agreement_search_text_on_partner() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE agreement a
       SET search_text = agreement_search_source(a.id, a.title, a.title_ja, a.summary, a.summary_ja)
     WHERE a.id IN (SELECT ap.agreement_id FROM agreement_partner ap WHERE ap.partner_id = NEW.id);
    RETURN NULL;
END;
$$;

-- The trigram indexes and the doubled-CJK column have nothing left to answer; keeping them would
-- only slow every write.
DROP INDEX agreement_search_trgm_idx;
DROP INDEX agreement_search_cjk_trgm_idx;
ALTER TABLE agreement DROP COLUMN search_text_cjk;
DROP FUNCTION search_cjk_doubled(text);

-- The index before the backfill: an index built after an UPDATE in the same transaction is marked
-- indcheckxmin and ignored by the planner while any older transaction runs (as in V42).
CREATE INDEX agreement_search_vector_idx ON agreement USING gin (search_vector);
-- The public's searches (visibility = 'PUBLISHED', a literal in every public query): the index alone
-- says which agreements match, so a count reads no agreement row that the visibility map marks as
-- seen by everyone (a bitmap scan that fetches nothing), and the facets read each match once.
CREATE INDEX agreement_published_search_vector_idx ON agreement USING gin (search_vector)
    WHERE visibility = 'PUBLISHED';

UPDATE agreement SET search_vector = search_document(search_text);
