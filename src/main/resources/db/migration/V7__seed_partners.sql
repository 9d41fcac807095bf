-- Tokyo's 12 sister and friendship cities/states (sister-and-friendship-cities.md) and the
-- 8 partners that appear only in the agreement list (002). Coordinates are the city centre
-- (for a state or region: its capital city). Partial dates: YEAR is stored as 1 January.

INSERT INTO partner (slug, name, name_ja, official_name, kind, country, latitude, longitude,
                     relationship, relationship_since, relationship_since_precision,
                     city_term, city_term_ja, partner_term, relationship_note, relationship_note_ja, visibility)
VALUES
    ('new-york', 'New York City', 'ニューヨーク市', NULL, 'CITY', 'US', 40.7128, -74.0060,
     'SISTER', DATE '1960-02-29', 'DAY',
     'sister city', '姉妹都市', NULL,
     'The first: Tokyo''s relationships began with New York City in 1960.',
     '最初の提携：東京都の姉妹友好都市関係は1960年のニューヨーク市との提携に始まる。',
     'PUBLISHED'),
    ('beijing', 'Beijing', '北京市', 'People''s Government of Beijing Municipality', 'CITY', 'CN', 39.9042, 116.4074,
     'FRIENDSHIP', DATE '1979-03-14', 'DAY',
     'friendship city', '友好都市', NULL,
     NULL, NULL,
     'PUBLISHED'),
    ('paris', 'Paris', 'パリ市', 'City of Paris', 'CITY', 'FR', 48.8566, 2.3522,
     'FRIENDSHIP', DATE '1982-07-14', 'DAY',
     'friendship city', '友好都市', NULL,
     'Paris uses "twinning" for Rome alone.',
     'パリ市が「twinning」（姉妹都市）の語を用いるのはローマ市に対してのみである。',
     'PUBLISHED'),
    ('new-south-wales', 'New South Wales', 'ニューサウスウェールズ州', 'New South Wales Government', 'STATE', 'AU', -33.8688, 151.2093,
     'SISTER', DATE '1984-05-09', 'DAY',
     'friendship state', '友好州', 'sister state',
     'A Tokyo page calls it a friendship.',
     '東京都のページでは友好提携とされている。',
     'PUBLISHED'),
    ('seoul', 'Seoul', 'ソウル特別市', 'Seoul Metropolitan Government', 'CITY', 'KR', 37.5665, 126.9780,
     'FRIENDSHIP', DATE '1988-09-03', 'DAY',
     'friendship city', '友好都市', NULL,
     'Often called a sister city elsewhere.',
     '他所では姉妹都市と呼ばれることも多い。',
     'PUBLISHED'),
    ('jakarta', 'Jakarta', 'ジャカルタ特別州', NULL, 'CITY', 'ID', -6.2088, 106.8456,
     'SISTER', DATE '1989-10-23', 'DAY',
     NULL, NULL, 'sister city',
     'Jakarta calls it a sister city; Tokyo''s own word is not verified.',
     'ジャカルタ側は姉妹都市と呼んでいる。東京都側の呼称は未確認。',
     'PUBLISHED'),
    ('sao-paulo', 'São Paulo', 'サンパウロ州', NULL, 'STATE', 'BR', -23.5505, -46.6333,
     'SISTER', DATE '1990-06-13', 'DAY',
     NULL, NULL, NULL,
     'A third-party list calls it a sister state; Tokyo''s own word is not verified.',
     '第三者のリストでは姉妹州とされている。東京都側の呼称は未確認。',
     'PUBLISHED'),
    ('cairo', 'Cairo', 'カイロ県', NULL, 'CITY', 'EG', 30.0444, 31.2357,
     'FRIENDSHIP', DATE '1990-10-23', 'DAY',
     'friendship city', '友好都市', NULL,
     NULL, NULL,
     'PUBLISHED'),
    ('moscow', 'Moscow', 'モスクワ市', 'Government of Moscow', 'CITY', 'RU', 55.7558, 37.6173,
     'FRIENDSHIP', DATE '1991-07-16', 'DAY',
     'friendship city', '友好都市', NULL,
     NULL, NULL,
     'PUBLISHED'),
    ('berlin', 'Berlin', 'ベルリン市', 'City of Berlin', 'CITY_STATE', 'DE', 52.5200, 13.4050,
     'FRIENDSHIP', DATE '1994-05-14', 'DAY',
     'friendship city', '友好都市', NULL,
     NULL, NULL,
     'PUBLISHED'),
    ('rome', 'Rome', 'ローマ市', 'City of Rome', 'CITY', 'IT', 41.9028, 12.4964,
     'FRIENDSHIP', DATE '1996-01-01', 'YEAR',
     'friendship city', '友好都市', NULL,
     'Friendship city since 1996; the 30th anniversary falls in 2026. The appendix page gives 5 July 1996; only the year is corroborated.',
     '1996年から友好都市で、2026年に提携30周年を迎える。付録ページは1996年7月5日としているが、裏付けがあるのは年のみ。',
     'PUBLISHED'),
    ('london', 'London', 'ロンドン', 'Greater London Authority', 'CITY', 'GB', 51.5074, -0.1278,
     'FRIENDSHIP', DATE '2015-10-14', 'DAY',
     'friendship city', '友好都市', NULL,
     'A friendship city by a joint declaration. A 2017 memorandum was with a different body, the City of London Corporation.',
     '共同宣言により友好都市となった。2017年の覚書は別の団体であるシティ・オブ・ロンドン・コーポレーションとのもの。',
     'PUBLISHED'),

    -- Partners with agreements only: no relationship date is stated for them.
    ('tomsk-region', 'Tomsk Region', 'トムスク州', 'Tomsk Regional Administration', 'REGION', 'RU', 56.4977, 84.9744,
     'PARTNER', NULL, NULL, NULL, NULL, NULL,
     'Not one of the 12 sister and friendship cities/states; appears in Tokyo''s list of agreements.',
     '12の姉妹友好都市・州には含まれない。東京都の協定一覧に掲載されている。',
     'PUBLISHED'),
    ('brussels-capital-region', 'Brussels-Capital Region', 'ブリュッセル首都圏地域', 'Government of Brussel-Capital Region', 'REGION', 'BE', 50.8503, 4.3517,
     'PARTNER', NULL, NULL, NULL, NULL, NULL,
     'Not one of the 12 sister and friendship cities/states; appears in Tokyo''s list of agreements.',
     '12の姉妹友好都市・州には含まれない。東京都の協定一覧に掲載されている。',
     'PUBLISHED'),
    ('los-angeles', 'Los Angeles', 'ロサンゼルス市', 'City of Los Angeles', 'CITY', 'US', 34.0522, -118.2437,
     'PARTNER', NULL, NULL, NULL, NULL, NULL,
     'Not one of the 12 sister and friendship cities/states; appears in Tokyo''s list of agreements.',
     '12の姉妹友好都市・州には含まれない。東京都の協定一覧に掲載されている。',
     'PUBLISHED'),
    ('kuala-lumpur', 'Kuala Lumpur', 'クアラルンプール', 'Kuala Lumpur City Hall', 'CITY', 'MY', 3.1390, 101.6869,
     'PARTNER', NULL, NULL, NULL, NULL, NULL,
     'Not one of the 12 sister and friendship cities/states; appears in Tokyo''s list of agreements.',
     '12の姉妹友好都市・州には含まれない。東京都の協定一覧に掲載されている。',
     'PUBLISHED'),
    ('helsinki', 'Helsinki', 'ヘルシンキ市', 'City of Helsinki', 'CITY', 'FI', 60.1699, 24.9384,
     'PARTNER', NULL, NULL, NULL, NULL, NULL,
     'Not one of the 12 sister and friendship cities/states; appears in Tokyo''s list of agreements.',
     '12の姉妹友好都市・州には含まれない。東京都の協定一覧に掲載されている。',
     'PUBLISHED'),
    ('abu-dhabi', 'Abu Dhabi', 'アブダビ', NULL, 'CITY', 'AE', 24.4539, 54.3773,
     'PARTNER', NULL, NULL, NULL, NULL, NULL,
     'Not one of the 12 sister and friendship cities/states; appears in Tokyo''s list of agreements.',
     '12の姉妹友好都市・州には含まれない。東京都の協定一覧に掲載されている。',
     'PUBLISHED'),
    ('ulaanbaatar', 'Ulaanbaatar', 'ウランバートル市', 'Governor’s Office of the Capital City of Ulaanbaatar', 'CITY', 'MN', 47.8864, 106.9057,
     'PARTNER', NULL, NULL, NULL, NULL, NULL,
     'Not one of the 12 sister and friendship cities/states; appears in Tokyo''s list of agreements.',
     '12の姉妹友好都市・州には含まれない。東京都の協定一覧に掲載されている。',
     'PUBLISHED'),
    ('bangkok', 'Bangkok', 'バンコク都', 'Bangkok Metropolitan Administration', 'CITY', 'TH', 13.7563, 100.5018,
     'PARTNER', NULL, NULL, NULL, NULL, NULL,
     'Not one of the 12 sister and friendship cities/states; appears in Tokyo''s list of agreements.',
     '12の姉妹友好都市・州には含まれない。東京都の協定一覧に掲載されている。',
     'PUBLISHED');

-- Whose word each relationship is: the reference table names it per row.
INSERT INTO citation (source_id, subject_type, subject_id, voice, detail)
SELECT s.id, 'PARTNER', p.id, c.voice, c.detail
  FROM (VALUES
        ('new-york',        'CITY',        'Row 1: sister city (Tokyo), concluded 1960-02-29; the first.'),
        ('beijing',         'CITY',        'Row 2: friendship city, 友好都市 (Tokyo), concluded 1979-03-14.'),
        ('paris',           'CITY',        'Row 3: friendship city, 友好都市 (Tokyo), concluded 1982-07-14; Paris uses "twinning" for Rome alone.'),
        ('new-south-wales', 'PARTNER',     'Row 4: sister state (New South Wales), concluded 1984-05-09.'),
        ('new-south-wales', 'CITY',        'Row 4: a Tokyo page says friendship.'),
        ('seoul',           'CITY',        'Row 5: friendship city, 友好都市 (Tokyo), concluded 1988-09-03; often called sister city elsewhere.'),
        ('jakarta',         'PARTNER',     'Row 6: sister city (Jakarta), concluded 1989-10-23; Tokyo''s own word not verified.'),
        ('sao-paulo',       'THIRD_PARTY', 'Row 7: sister state (a third-party list), concluded 1990-06-13; Tokyo''s own word not verified.'),
        ('cairo',           'CITY',        'Row 8: friendship city (Tokyo), concluded 1990-10-23.'),
        ('moscow',          'CITY',        'Row 9: friendship city, 友好都市, concluded 1991-07-16.'),
        ('berlin',          'CITY',        'Row 10: friendship city, 友好都市 (Tokyo), concluded 1994-05-14.'),
        ('rome',            'CITY',        'Row 11: friendship city, 友好都市, concluded 1996 (the appendix page gives 1996-07-05; only the year is corroborated).'),
        ('london',          'CITY',        'Row 12: friendship city, by a joint declaration, concluded 2015-10-14; a 2017 memorandum was with the City of London Corporation.')
       ) AS c (slug, voice, detail)
  JOIN partner p ON p.slug = c.slug
  JOIN source s ON s.code = 'sister-cities-reference';

INSERT INTO citation (source_id, subject_type, subject_id, voice, detail)
SELECT s.id, 'PARTNER', p.id, 'CITY',
       '"Commencing with the signing of its first agreement with New York City in 1960, the Tokyo Metropolitan Government currently has sister or friendship city/state relationships with 12 cities and states around the world."'
  FROM partner p, source s
 WHERE p.slug = 'new-york' AND s.code = 'tmg-international-strategy';

INSERT INTO citation (source_id, subject_type, subject_id, voice, detail)
SELECT s.id, 'PARTNER', p.id, 'CITY',
       '"the two leaders reaffirmed the value of the relationship cultivated between the two cities since becoming friendship cities in 1996."'
  FROM partner p, source s
 WHERE p.slug = 'rome' AND s.code = 'tmg-rome-communique-2026';

INSERT INTO citation (source_id, subject_type, subject_id, voice, detail)
SELECT s.id, 'PARTNER', p.id, 'CITY', c.detail
  FROM (VALUES
        ('tomsk-region',            'Row "Tomsk Region": 1 agreement (June 10, 2015).'),
        ('brussels-capital-region', 'Row "Brussels-Capital Region": 1 agreement (October 11, 2016).'),
        ('los-angeles',             'Row "Los Angeles": 2 agreements (July 25, 2018; August 27, 2021).'),
        ('kuala-lumpur',            'Row "Kuala Lumpur": 1 agreement (September 1, 2022).'),
        ('helsinki',                'Row "City of Helsinki": 1 agreement (August 21, 2023).'),
        ('abu-dhabi',               'Row "Abu Dhabi": 1 agreement (November 30, 2023).'),
        ('ulaanbaatar',             'Row "Ulaanbaatar": 1 agreement (May 16, 2024).'),
        ('bangkok',                 'Row "Bangkok": 1 agreement (February 6, 2025).')
       ) AS c (slug, detail)
  JOIN partner p ON p.slug = c.slug
  JOIN source s ON s.code = 'tmg-agreements-list';
