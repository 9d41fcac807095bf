-- :meetings meetings with the same partners (same skew), participants and, for some, the
-- agreements signed there.
CREATE TEMP TABLE bench_meeting AS
SELECT (SELECT coalesce(max(id), 0) FROM meeting) + d.g AS id, d.*, p.id AS partner_id, p.name AS partner_name,
       p.name_ja AS partner_name_ja,
       CASE WHEN d.r_kind < 0.55 THEN 'BILATERAL_VISIT' WHEN d.r_kind < 0.65 THEN 'SUMMIT'
            WHEN d.r_kind < 0.80 THEN 'FORUM' WHEN d.r_kind < 0.92 THEN 'SEMINAR' ELSE 'ONLINE' END AS kind,
       DATE '1956-01-01' + floor(25566 * sqrt(d.r_date))::int AS day,
       CASE WHEN d.r_precision < 0.9 THEN 'DAY' ELSE 'MONTH' END AS precision,
       CASE WHEN d.r_visibility < 0.03 THEN 'DRAFT' ELSE 'PUBLISHED' END AS visibility
  FROM (SELECT g, random() AS r_partner, random() AS r_second, random() AS r_kind, random() AS r_date,
               random() AS r_precision, random() AS r_visibility, random() AS r_days, random() AS r_agreement,
               random() AS r_agreement_pick
          FROM generate_series(1, :meetings) g) d
  JOIN bench_partner p ON p.n = 1 + floor((SELECT count(*) FROM bench_partner) * power(d.r_partner, 1.6))::int;
ALTER TABLE bench_meeting ADD PRIMARY KEY (id);
UPDATE bench_meeting SET day = date_trunc('month', day)::date WHERE precision = 'MONTH';

INSERT INTO meeting (id, title, title_ja, held_on, held_on_precision, ends_on, ends_on_precision, place, place_ja,
                     kind, summary, summary_ja, visibility, staff_notes, created_at, created_by, updated_at, updated_by)
SELECT m.id,
       CASE m.kind WHEN 'BILATERAL_VISIT' THEN format('Meeting between the Governor of Tokyo and the Head of %s', m.partner_name)
                   WHEN 'SUMMIT' THEN format('Leaders'' Summit with %s', m.partner_name)
                   WHEN 'FORUM' THEN format('Tokyo–%s Urban Forum', m.partner_name)
                   WHEN 'SEMINAR' THEN format('Joint Seminar of Tokyo and %s Officials', m.partner_name)
                   ELSE format('Online Meeting with %s', m.partner_name) END,
       CASE m.kind WHEN 'BILATERAL_VISIT' THEN format('東京都知事と%s首長との会談', m.partner_name_ja)
                   WHEN 'SUMMIT' THEN format('%sとの首脳会議', m.partner_name_ja)
                   WHEN 'FORUM' THEN format('東京・%s都市フォーラム', m.partner_name_ja)
                   WHEN 'SEMINAR' THEN format('東京都・%s職員合同セミナー', m.partner_name_ja)
                   ELSE format('%sとのオンライン会議', m.partner_name_ja) END,
       m.day, m.precision,
       CASE WHEN m.precision = 'DAY' AND m.r_days < 0.2 THEN m.day + 1 + floor(m.r_days * 10)::int END,
       CASE WHEN m.precision = 'DAY' AND m.r_days < 0.2 THEN 'DAY' END,
       CASE WHEN m.id % 2 = 0 THEN 'Tokyo' ELSE m.partner_name END,
       CASE WHEN m.id % 2 = 0 THEN '東京' ELSE m.partner_name_ja END,
       m.kind,
       format('The two sides reviewed their cooperation with %s and agreed on the next steps of their joint projects.', m.partner_name),
       format('両者は%sとの協力の進捗を確認し、共同事業の今後の進め方について合意した。', m.partner_name_ja),
       m.visibility, CASE WHEN m.visibility = 'DRAFT' THEN 'Minutes not yet approved.' END,
       m.day::timestamptz + interval '7 days', 'bench', m.day::timestamptz + interval '7 days', 'bench'
  FROM bench_meeting m;

INSERT INTO meeting_partner (meeting_id, partner_id, position)
SELECT id, partner_id, 0 FROM bench_meeting
UNION ALL
SELECT m.id, p.id, 1 FROM bench_meeting m JOIN bench_partner p ON p.n = 1 + floor((SELECT count(*) FROM bench_partner) * m.r_second)::int
 WHERE m.r_second < 0.05 AND p.id <> m.partner_id;

INSERT INTO meeting_participant (meeting_id, position, name, name_ja, office, office_ja, side, partner_id)
SELECT m.id, 0, NULL, NULL, 'Governor of Tokyo', '東京都知事', 'CITY', NULL FROM bench_meeting m
UNION ALL
SELECT m.id, 1, NULL, NULL, 'Head of ' || m.partner_name, m.partner_name_ja || '首長', 'PARTNER', m.partner_id
  FROM bench_meeting m
UNION ALL
SELECT m.id, 2, 'Tanaka Hiroshi', '田中博', 'Director General, Office for International Affairs', '政策企画局国際共創担当局長',
       'CITY', NULL FROM bench_meeting m WHERE m.id % 3 = 0;

-- Some agreements were signed at a meeting.
INSERT INTO meeting_agreement (meeting_id, agreement_id)
SELECT m.id, a.id
  FROM bench_meeting m
  JOIN bench_agreement a ON a.id = (SELECT min(id) FROM bench_agreement) + floor(m.r_agreement_pick * (SELECT count(*) FROM bench_agreement))::int
 WHERE m.r_agreement < 0.15;
