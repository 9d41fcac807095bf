-- :agreements synthetic agreements over 70 years (more of them in recent decades), each with
-- its partners, areas, two signatories and full texts in English and (mostly) Japanese.

CREATE TEMP TABLE bench_draw AS
SELECT g, random() AS r_partner, random() AS r_second, random() AS r_second_pick, random() AS r_type,
       random() AS r_area1, random() AS r_area2, random() AS r_area2_pick, random() AS r_area3,
       random() AS r_date, random() AS r_precision, random() AS r_visibility, random() AS r_status,
       random() AS r_ja, random() AS r_articles, random() AS r_relation, random() AS r_mayor
  FROM generate_series(1, :agreements) g;

CREATE TEMP TABLE bench_agreement AS
SELECT (SELECT coalesce(max(id), 0) FROM agreement) + d.g AS id, d.*,
       p.id AS partner_id, p.name AS partner_name, p.name_ja AS partner_name_ja, p.official_name,
       CASE WHEN d.r_second < 0.08 THEN 1 + floor((SELECT count(*) FROM bench_partner) * d.r_second_pick)::int END
           AS second_partner_n,
       CASE WHEN d.r_type < 0.40 THEN 'MEMORANDUM_OF_UNDERSTANDING' WHEN d.r_type < 0.60 THEN 'JOINT_STATEMENT'
            WHEN d.r_type < 0.75 THEN 'JOINT_COMMUNIQUE' WHEN d.r_type < 0.85 THEN 'JOINT_DECLARATION'
            WHEN d.r_type < 0.95 THEN 'LETTER_OF_INTENT' ELSE 'OTHER' END AS type,
       ARRAY(SELECT DISTINCT x FROM unnest(ARRAY[1 + floor(13 * d.r_area1)::int,
                   CASE WHEN d.r_area2_pick < 0.5 THEN 1 + floor(13 * d.r_area2)::int END,
                   CASE WHEN d.r_area3 < 0.15 THEN 1 + floor(13 * d.r_area3 / 0.15)::int END]) x
              WHERE x IS NOT NULL ORDER BY x) AS areas,
       DATE '1956-01-01' + floor(25566 * sqrt(d.r_date))::int AS day,
       CASE WHEN d.r_precision < 0.85 THEN 'DAY' WHEN d.r_precision < 0.95 THEN 'MONTH' ELSE 'YEAR' END AS precision,
       CASE WHEN d.r_visibility < 0.03 THEN 'DRAFT' WHEN d.r_visibility < 0.04 THEN 'WITHDRAWN' ELSE 'PUBLISHED' END
           AS visibility,
       CASE WHEN d.r_status < 0.3 THEN 'IN_FORCE' WHEN d.r_status < 0.6 THEN 'EXPIRED'
            WHEN d.r_status < 0.7 THEN 'SUPERSEDED' ELSE 'UNKNOWN' END AS status,
       d.r_ja < 0.95 AS has_ja,
       14 + floor(7 * d.r_articles)::int AS general_articles
  FROM bench_draw d
  JOIN bench_partner p ON p.n = 1 + floor((SELECT count(*) FROM bench_partner) * power(d.r_partner, 1.6))::int;
ALTER TABLE bench_agreement ADD PRIMARY KEY (id);

-- Dates at month or year precision are stored as the first day of their period.
UPDATE bench_agreement SET day = CASE precision WHEN 'MONTH' THEN date_trunc('month', day)::date
                                                WHEN 'YEAR' THEN date_trunc('year', day)::date ELSE day END
 WHERE precision <> 'DAY';

CREATE TEMP TABLE bench_agreement_words AS
SELECT b.id,
       CASE b.type
           WHEN 'MEMORANDUM_OF_UNDERSTANDING' THEN format('Memorandum of Understanding on %s Cooperation Between the Tokyo Metropolitan Government and %s', a.adjective, b.official_name)
           WHEN 'JOINT_STATEMENT' THEN format('Joint Statement by the Governor of Tokyo and the Head of %s on %s Cooperation', b.partner_name, a.adjective)
           WHEN 'JOINT_COMMUNIQUE' THEN format('Joint Communiqué of %s and the Tokyo Metropolitan Government on %s Cooperation', b.official_name, a.adjective)
           WHEN 'JOINT_DECLARATION' THEN format('Joint Declaration on %s Cooperation Between Tokyo and %s', a.adjective, b.partner_name)
           WHEN 'LETTER_OF_INTENT' THEN format('Letter of Intent on %s Cooperation Between the Tokyo Metropolitan Government and %s', a.adjective, b.official_name)
           ELSE format('Agreement on %s Cooperation Between the Tokyo Metropolitan Government and %s', a.adjective, b.official_name)
       END AS title,
       CASE b.type
           WHEN 'MEMORANDUM_OF_UNDERSTANDING' THEN format('東京都と%sとの%s分野における協力に関する覚書', b.partner_name_ja, a.label_ja)
           WHEN 'JOINT_STATEMENT' THEN format('%s分野の協力に関する東京都知事と%s首長による共同声明', a.label_ja, b.partner_name_ja)
           WHEN 'JOINT_COMMUNIQUE' THEN format('%s分野の協力に関する%sと東京都との共同コミュニケ', a.label_ja, b.partner_name_ja)
           WHEN 'JOINT_DECLARATION' THEN format('%s分野の協力に関する東京都と%sとの共同宣言', a.label_ja, b.partner_name_ja)
           WHEN 'LETTER_OF_INTENT' THEN format('東京都と%sとの%s分野における協力に関する意向書', b.partner_name_ja, a.label_ja)
           ELSE format('東京都と%sとの%s分野における協力に関する協定', b.partner_name_ja, a.label_ja)
       END AS title_ja,
       format('Sets out cooperation with %s in %s fields, including exchanges of experts and joint projects.',
              b.partner_name, lower(a.adjective)) AS summary,
       format('%sとの%s分野における協力（専門家の交流及び共同事業を含む。）を定める。', b.partner_name_ja, a.label_ja)
           AS summary_ja
  FROM bench_agreement b JOIN bench_area a ON a.n = b.areas[1];
ALTER TABLE bench_agreement_words ADD PRIMARY KEY (id);

-- The doubled-CJK search column (V42) where the schema has it, so that the loader also fills a
-- database migrated by an older portal.
SELECT EXISTS (SELECT 1 FROM information_schema.columns
                WHERE table_schema = current_schema() AND table_name = 'agreement'
                  AND column_name = 'search_text_cjk') AS has_cjk_column \gset
\if :has_cjk_column
\set cjk_column ', search_text_cjk'
\set cjk_value ', search_cjk_doubled(s.search_text)'
\else
\set cjk_column ''
\set cjk_value ''
\endif

-- The search document (V111) where the schema has it.
SELECT EXISTS (SELECT 1 FROM information_schema.columns
                WHERE table_schema = current_schema() AND table_name = 'agreement'
                  AND column_name = 'search_vector') AS has_search_vector \gset
\if :has_search_vector
\set vector_column ', search_vector'
\set vector_value ', search_document(s.search_text)'
\else
\set vector_column ''
\set vector_value ''
\endif

-- Texts and records in one statement, so that each text is generated once and the search
-- column is built from exactly what was stored (the triggers are off during the load).
WITH texts AS MATERIALIZED (
    SELECT b.id, w.title, w.title_ja, w.summary, w.summary_ja, b.has_ja,
           format(E'%s\n\nThe Tokyo Metropolitan Government and %s (hereinafter referred to as "the Parties"), recognising the friendly relations that have developed between them since %s, and desiring to strengthen their cooperation for the benefit of their citizens, have reached the following understanding:\n\n%s\n\nSigned in Tokyo on %s, in duplicate, in the Japanese and English languages, both texts being equally authentic.',
                  upper(w.title), b.official_name, extract(year FROM b.day) - 1 - (b.id % 20),
                  (SELECT string_agg(format(E'Article %s\n%s', c.i, c.body), E'\n\n' ORDER BY c.i)
                     FROM (SELECT row_number() OVER () AS i, x.body
                             FROM (SELECT k.body FROM bench_clause k WHERE k.lang = 'en' AND k.area = ANY (b.areas)
                                   UNION ALL
                                   SELECT ws.general_en[1 + floor(random() * array_length(ws.general_en, 1))::int]
                                     FROM bench_words ws, generate_series(1, b.general_articles)) x) c),
                  to_char(b.day, 'FMDD FMMonth YYYY')) AS body_en,
           format(E'%s\n\n東京都と%s（以下「両者」という。）は、%s年以来発展してきた両者間の友好関係を認識し、両都市の市民の利益のために協力を強化することを希望して、次のとおり合意した。\n\n%s\n\n%s年%s月%s日に東京で、日本語及び英語により本書二通を作成した。ひとしく正文とする。',
                  w.title_ja, b.partner_name_ja, extract(year FROM b.day) - 1 - (b.id % 20),
                  (SELECT string_agg(format(E'第%s条\n%s', c.i, c.body), E'\n\n' ORDER BY c.i)
                     FROM (SELECT row_number() OVER () AS i, x.body
                             FROM (SELECT k.body FROM bench_clause k WHERE k.lang = 'ja' AND k.area = ANY (b.areas)
                                   UNION ALL
                                   SELECT ws.general_ja[1 + floor(random() * array_length(ws.general_ja, 1))::int]
                                     FROM bench_words ws, generate_series(1, b.general_articles + 3)) x) c),
                  extract(year FROM b.day), extract(month FROM b.day), extract(day FROM b.day)) AS body_ja
      FROM bench_agreement b JOIN bench_agreement_words w ON w.id = b.id
), english AS (
    INSERT INTO agreement_text (agreement_id, language, title, body)
    SELECT id, 'en', title, body_en FROM texts
), japanese AS (
    INSERT INTO agreement_text (agreement_id, language, title, body)
    SELECT id, 'ja', title_ja, body_ja FROM texts WHERE has_ja
)
INSERT INTO agreement (id, type, title, title_ja, signed_on, signed_on_precision, place, place_ja, summary,
                       summary_ja, status, review_on, expires_on, visibility, staff_notes, search_text
                       :cjk_column :vector_column, created_at, created_by, updated_at, updated_by)
SELECT b.id, b.type, t.title, CASE WHEN b.has_ja THEN t.title_ja END, b.day, b.precision,
       CASE WHEN b.id % 2 = 0 THEN 'Tokyo' ELSE b.partner_name END,
       CASE WHEN b.id % 2 = 0 THEN '東京' ELSE b.partner_name_ja END,
       t.summary, CASE WHEN b.has_ja THEN t.summary_ja END, b.status,
       CASE WHEN b.status = 'IN_FORCE' THEN b.day + 3 * 365 END,
       CASE WHEN b.status IN ('IN_FORCE', 'EXPIRED') THEN b.day + 3 * 365 END,
       b.visibility,
       CASE WHEN b.visibility <> 'PUBLISHED' THEN 'Awaiting the partner''s confirmation of the final text.' END,
       s.search_text :cjk_value :vector_value,
       b.day::timestamptz + interval '30 days', 'bench', b.day::timestamptz + interval '30 days', 'bench'
  FROM bench_agreement b
  JOIN texts t ON t.id = b.id
  CROSS JOIN LATERAL (
        -- What the agreement's trigger would store (V3, V41, V110: with the first partner's names;
        -- the second partner's are left out, which only makes a few searches find fewer).
        SELECT lower(concat_ws(' ', t.title, CASE WHEN b.has_ja THEN t.title_ja END, t.summary,
                               CASE WHEN b.has_ja THEN t.summary_ja END,
                               concat_ws(' ', t.title, t.body_en),
                               CASE WHEN b.has_ja THEN concat_ws(' ', t.title_ja, t.body_ja) END,
                               b.partner_name, b.partner_name_ja, b.official_name)) AS search_text) s;

INSERT INTO agreement_partner (agreement_id, partner_id, position)
SELECT id, partner_id, 0 FROM bench_agreement
UNION ALL
SELECT b.id, p.id, 1 FROM bench_agreement b JOIN bench_partner p ON p.n = b.second_partner_n
 WHERE p.id <> b.partner_id;

INSERT INTO agreement_area (agreement_id, area)
SELECT b.id, a.code FROM bench_agreement b, unnest(b.areas) x JOIN bench_area a ON a.n = x;

INSERT INTO agreement_signatory (agreement_id, position, name, name_ja, office, office_ja, side, partner_id)
SELECT b.id, 0, ws.governors[gi.i], ws.governors_ja[gi.i], 'Governor of Tokyo', '東京都知事', 'CITY', NULL
  FROM bench_agreement b, bench_words ws,
       LATERAL (SELECT CASE WHEN b.day < DATE '1959-04-27' THEN 1 WHEN b.day < DATE '1967-04-23' THEN 2
                            WHEN b.day < DATE '1979-04-23' THEN 3 WHEN b.day < DATE '1995-04-23' THEN 4
                            WHEN b.day < DATE '1999-04-23' THEN 5 WHEN b.day < DATE '2012-10-31' THEN 6
                            WHEN b.day < DATE '2014-02-09' THEN 7 WHEN b.day < DATE '2016-07-31' THEN 8
                            ELSE 9 END AS i) gi
UNION ALL
SELECT b.id, 1, ws.mayors[1 + floor(b.r_mayor * array_length(ws.mayors, 1))::int], NULL,
       'Head of ' || b.official_name, b.partner_name_ja || '首長', 'PARTNER', b.partner_id
  FROM bench_agreement b, bench_words ws;

-- A few agreements renew an earlier one.
INSERT INTO agreement_relation (agreement_id, related_id, kind)
SELECT b.id, b.id - 1 - floor(b.r_relation * 1000)::int, 'RENEWS'
  FROM bench_agreement b
 WHERE b.r_relation < 0.03 AND b.id - 1 - floor(b.r_relation * 1000)::int IN (SELECT id FROM bench_agreement);

INSERT INTO citation (source_id, subject_type, subject_id, voice, detail)
SELECT s.id, 'AGREEMENT', b.id, 'CITY', 'Listed by the international-affairs office'
  FROM bench_agreement b, source s
 WHERE s.code = 'tmg-agreements-list' AND b.id % 2 = 0;
