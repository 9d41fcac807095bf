-- Partners up to :partners in all (the seed's own partners count), named after real cities.
INSERT INTO partner (slug, name, name_ja, official_name, kind, country, latitude, longitude, relationship,
                     relationship_since, relationship_since_precision, city_term, city_term_ja,
                     relationship_note, relationship_note_ja, staff_notes, visibility, created_by, updated_by)
SELECT trim(BOTH '-' FROM regexp_replace(lower(format(f.name_form, c.name)), '[^a-z0-9]+', '-', 'g')),
       format(f.name_form, c.name), format(f.name_ja_form, c.name_ja), format(f.official_form, c.name),
       f.kind, c.country,
       round((random() * 140 - 60)::numeric, 4), round((random() * 360 - 180)::numeric, 4),
       CASE WHEN r.rel < 0.1 THEN 'SISTER' WHEN r.rel < 0.3 THEN 'FRIENDSHIP' ELSE 'PARTNER' END,
       CASE WHEN r.since < 0.8 THEN DATE '1960-01-01' + (random() * 23000)::int END,
       CASE WHEN r.since < 0.8 THEN 'DAY' END,
       CASE WHEN r.rel < 0.1 THEN 'sister city' WHEN r.rel < 0.3 THEN 'friendship city' END,
       CASE WHEN r.rel < 0.1 THEN '姉妹都市' WHEN r.rel < 0.3 THEN '友好都市' END,
       'Relations began with an exchange of delegations and grew into regular cooperation.',
       '代表団の相互訪問を契機に交流が始まり、定期的な協力へと発展した。',
       'Synthetic partner for the benchmark.',
       CASE WHEN r.vis < 0.02 THEN 'DRAFT' ELSE 'PUBLISHED' END, 'bench', 'bench'
  FROM bench_partner_form f
  CROSS JOIN bench_city c
  CROSS JOIN LATERAL (SELECT random() AS rel, random() AS since, random() AS vis, f.n AS k) r
 ORDER BY f.n, c.n
 LIMIT greatest(0, :partners - (SELECT count(*) FROM partner));

-- Every partner, numbered 1..count: the generator picks low numbers more often, so a few
-- partners (the seed's sister cities first) have thousands of records and most have a few.
CREATE TEMP TABLE bench_partner AS
SELECT row_number() OVER (ORDER BY id) AS n, id, name, coalesce(name_ja, name) AS name_ja,
       coalesce(official_name, name) AS official_name
  FROM partner;
CREATE UNIQUE INDEX ON bench_partner (n);
