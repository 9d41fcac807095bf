-- pg_trgm finds a word through its three-character pieces, so a two-character Japanese word
-- (防災, 観光, 環境: most kanji compounds) gives the trigram index nothing to look up and the
-- search reads every agreement. search_text_cjk holds the Chinese, Japanese and Korean
-- characters of search_text with each one written twice and everything else as a space
-- ("東京都の防災" becomes "東東京京都都のの防防災災"): the two-character word then has trigrams
-- (防防災, 防災災), and it occurs in search_text_cjk written twice exactly when it occurs in
-- search_text.
CREATE FUNCTION search_cjk_doubled(t text) RETURNS text
    LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT regexp_replace(
               regexp_replace(t, '[^\u3005\u3006\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7a3\uf900-\ufaff\uff66-\uff9f]+', ' ', 'g'),
               '([\u3005\u3006\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7a3\uf900-\ufaff\uff66-\uff9f])', '\1\1', 'g')
$$;

ALTER TABLE agreement ADD COLUMN search_text_cjk text NOT NULL DEFAULT '';

-- The functions of V3, now filling both columns.
CREATE OR REPLACE FUNCTION agreement_refresh_search_text(target bigint) RETURNS void LANGUAGE sql AS $$
    UPDATE agreement a
       SET (search_text, search_text_cjk) = (
               SELECT s.text, search_cjk_doubled(s.text)
                 FROM (SELECT lower(concat_ws(' ', a.title, a.title_ja, a.summary, a.summary_ja,
                              (SELECT string_agg(concat_ws(' ', t.title, t.body), ' ')
                                 FROM agreement_text t WHERE t.agreement_id = a.id))) AS text) s)
     WHERE a.id = target;
$$;

CREATE OR REPLACE FUNCTION agreement_search_text_on_agreement() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    NEW.search_text := lower(concat_ws(' ', NEW.title, NEW.title_ja, NEW.summary, NEW.summary_ja,
                       (SELECT string_agg(concat_ws(' ', t.title, t.body), ' ') FROM agreement_text t WHERE t.agreement_id = NEW.id)));
    NEW.search_text_cjk := search_cjk_doubled(NEW.search_text);
    RETURN NEW;
END;
$$;

-- The index before the backfill: an index built after an UPDATE in the same transaction is
-- marked indcheckxmin and ignored by the planner while any older transaction runs.
CREATE INDEX agreement_search_cjk_trgm_idx ON agreement USING gin (search_text_cjk gin_trgm_ops);

UPDATE agreement SET search_text_cjk = search_cjk_doubled(search_text);
