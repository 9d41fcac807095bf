-- 100,000 agreements for AgreementListingPlansTest, set-based. The search columns are filled
-- here, not by the triggers (which would take minutes): words of known frequency, and padding
-- that makes search_text wider than 1 kB as real full texts are, so that ANALYZE treats it as in
-- production (too wide for statistics); the search document holds the words' lexemes.
ALTER TABLE agreement DISABLE TRIGGER USER;
-- Linking a partner refreshes its agreement's search columns (V110): off too, one row at a time
-- it would take minutes (the partners' names are not searched here).
ALTER TABLE agreement_partner DISABLE TRIGGER USER;

INSERT INTO partner (slug, name, kind, country, relationship, visibility)
SELECT 'plans-partner-' || g, 'Plans Partner ' || g, 'CITY', 'FR', 'PARTNER', 'PUBLISHED'
  FROM generate_series(1, 480) g;

CREATE TEMP TABLE plans_draw AS
SELECT 100000 + g AS id, random() AS r_partner, random() AS r_type, random() AS r_date, random() AS r_area,
       random() AS r_en, random() AS r_tourism, random() AS r_ja2, random() AS r_ja4, random() AS r_rare,
       random() AS r_short
  FROM generate_series(1, 100000) g;

INSERT INTO agreement (id, type, title, title_ja, signed_on, signed_on_precision, status, visibility,
                       search_text, search_vector)
SELECT d.id,
       (ARRAY['MEMORANDUM_OF_UNDERSTANDING', 'JOINT_STATEMENT', 'JOINT_COMMUNIQUE', 'JOINT_DECLARATION',
              'LETTER_OF_INTENT', 'OTHER'])[1 + floor(d.r_type * 6)::int],
       'Memorandum of Understanding ' || d.id, '覚書' || d.id,
       DATE '1956-01-01' + floor(25566 * sqrt(d.r_date))::int, 'DAY', 'UNKNOWN',
       CASE WHEN d.id % 33 = 0 THEN 'DRAFT' WHEN d.id % 101 = 0 THEN 'WITHDRAWN' ELSE 'PUBLISHED' END,
       w.text || repeat(' .', 600),
       -- The search document (V111) of the words alone: the padding has none.
       search_document(w.text)
  FROM plans_draw d
 CROSS JOIN LATERAL (
       SELECT concat_ws(' ', 'memorandum of understanding cooperation', d.id,
                        CASE WHEN d.r_en < 0.12 THEN 'disaster resilience' END,
                        CASE WHEN d.r_tourism < 0.12 THEN 'tourism' END,
                        CASE WHEN d.r_rare < 0.007 THEN 'ljubljana' END,
                        CASE WHEN d.r_short < 0.05 THEN 'eu' END,
                        '東京都との協力に関する覚書',
                        CASE WHEN d.r_ja2 < 0.12 THEN '防災協力' END,
                        CASE WHEN d.r_ja4 < 0.12 THEN '観光振興' END) AS text) w;

-- A few partners have thousands of agreements, most a few dozen.
INSERT INTO agreement_partner (agreement_id, partner_id, position)
SELECT d.id, p.id, 0
  FROM plans_draw d
  JOIN (SELECT row_number() OVER (ORDER BY id) AS n, id FROM partner) p
    ON p.n = 1 + floor((SELECT count(*) FROM partner) * power(d.r_partner, 1.6))::int;

INSERT INTO agreement_area (agreement_id, area)
SELECT d.id, (ARRAY['ENVIRONMENT', 'CULTURE', 'TOURISM', 'SPORT', 'DISASTER_RESILIENCE', 'STARTUPS', 'EDUCATION',
                    'ECONOMY', 'CHILDREN', 'DIGITAL', 'HEALTH', 'URBAN_DEVELOPMENT', 'INCLUSION'])[1 + floor(d.r_area * 13)::int]
  FROM plans_draw d;

ALTER TABLE agreement ENABLE TRIGGER USER;
ALTER TABLE agreement_partner ENABLE TRIGGER USER;
-- The facet rows (V150), kept by the triggers that were off.
SELECT agreement_facet_rebuild();
-- The public partner lists (V173), kept by the triggers that were off.
SELECT agreement_published_partners_rebuild();

DROP TABLE plans_draw;
