-- Meetings named in the source documents. Partial dates: MONTH is stored as the 1st,
-- YEAR as 1 January. Participants are named as the documents name them; where only the
-- office or the delegation is known, name is null.

-- 1. Rome City Hall, 5 February 2026 (source 000).
WITH m AS (
    INSERT INTO meeting (title, title_ja, held_on, held_on_precision, place, place_ja, kind, summary, summary_ja, visibility)
    VALUES ('Meeting of the Governor of Tokyo and the Mayor of Rome at Rome City Hall',
            'ローマ市庁舎における東京都知事とローマ市長の会談',
            DATE '2026-02-05', 'DAY', 'Rome City Hall', 'ローマ市庁舎', 'BILATERAL_VISIT',
            'On the Governor of Tokyo''s visit to Rome in the 30th anniversary year of the friendship city relationship, the two leaders reaffirmed the value of the relationship, discussed cooperation on urban resilience, tourism and culture, sports and learning, startups and international city networks, and set out their common understanding in a joint communiqué.',
            '友好都市提携30周年の年の東京都知事のローマ市訪問の際に会談を行い、両都市の関係の意義を改めて確認するとともに、都市のレジリエンス、観光・文化、スポーツや学び、スタートアップ、国際都市ネットワークにおける協働等について意見を交わし、共通認識を共同コミュニケにまとめた。',
            'PUBLISHED')
    RETURNING id
), mp AS (
    INSERT INTO meeting_partner (meeting_id, partner_id, position)
    SELECT m.id, p.id, 0 FROM m, partner p WHERE p.slug = 'rome'
), part AS (
    INSERT INTO meeting_participant (meeting_id, position, name, name_ja, office, office_ja, side, partner_id)
    SELECT m.id, v.position, v.name, v.name_ja, v.office, v.office_ja, v.side, p.id
      FROM m
     CROSS JOIN (VALUES (0, 'Koike Yuriko', '小池百合子', 'Governor of Tokyo', '東京都知事', 'CITY', NULL),
                        (1, 'Roberto Gualtieri', 'ロベルト・グアルティエーリ', 'Mayor of Rome', 'ローマ市長', 'PARTNER', 'rome'))
           AS v (position, name, name_ja, office, office_ja, side, slug)
      LEFT JOIN partner p ON p.slug = v.slug
), ma AS (
    INSERT INTO meeting_agreement (meeting_id, agreement_id)
    SELECT m.id, a.id FROM m, agreement a
     WHERE a.title = 'Joint Communiqué of the City of Rome (Republic of Italy) and the Tokyo Metropolitan Government (Japan)'
)
INSERT INTO citation (source_id, subject_type, subject_id, voice, detail)
SELECT s.id, 'MEETING', m.id, 'CITY',
       '"a meeting was held between Governor Koike Yuriko of Tokyo and Mayor Roberto Gualtieri of Rome on February 5, 2026, at Rome City Hall."'
  FROM m, source s WHERE s.code = 'tmg-rome-communique-2026';

-- 2. Tokyo, September 2025: "the discussions they held at the Tokyo Metropolitan Government
--    office last September" (source 000, dated February 2026).
WITH m AS (
    INSERT INTO meeting (title, title_ja, held_on, held_on_precision, place, place_ja, kind, summary, summary_ja, visibility)
    VALUES ('Meeting of the Governor of Tokyo and the Mayor of Rome in Tokyo',
            '東京における東京都知事とローマ市長の会談',
            DATE '2025-09-01', 'MONTH', 'Tokyo Metropolitan Government office', '東京都庁', 'BILATERAL_VISIT',
            'The Governor of Tokyo and the Mayor of Rome held discussions at the Tokyo Metropolitan Government office; their meeting in Rome on 5 February 2026 built on these discussions.',
            '東京都知事とローマ市長が東京都で議論を行った。2026年2月5日のローマ市庁舎での会談は、この議論を踏まえたもの。',
            'PUBLISHED')
    RETURNING id
), mp AS (
    INSERT INTO meeting_partner (meeting_id, partner_id, position)
    SELECT m.id, p.id, 0 FROM m, partner p WHERE p.slug = 'rome'
), part AS (
    INSERT INTO meeting_participant (meeting_id, position, name, name_ja, office, office_ja, side, partner_id)
    SELECT m.id, v.position, v.name, v.name_ja, v.office, v.office_ja, v.side, p.id
      FROM m
     CROSS JOIN (VALUES (0, 'Koike Yuriko', '小池百合子', 'Governor of Tokyo', '東京都知事', 'CITY', NULL),
                        (1, 'Roberto Gualtieri', 'ロベルト・グアルティエーリ', 'Mayor of Rome', 'ローマ市長', 'PARTNER', 'rome'))
           AS v (position, name, name_ja, office, office_ja, side, slug)
      LEFT JOIN partner p ON p.slug = v.slug
)
INSERT INTO citation (source_id, subject_type, subject_id, voice, detail)
SELECT s.id, 'MEETING', m.id, 'CITY',
       '"Building on the discussions they held at the Tokyo Metropolitan Government office last September" (Japanese text: "昨年 9 月に東京都で行った議論")'
  FROM m, source s WHERE s.code = 'tmg-rome-communique-2026';

-- 3. Helsinki City Hall, 21 August 2023 (source 003).
WITH m AS (
    INSERT INTO meeting (title, title_ja, held_on, held_on_precision, place, place_ja, kind, summary, summary_ja, visibility)
    VALUES ('Meeting of the Governor of Tokyo and the Mayor of Helsinki at Helsinki City Hall',
            'ヘルシンキ市庁舎における東京都知事とヘルシンキ市長の会談',
            DATE '2023-08-21', 'DAY', 'Helsinki City Hall', 'ヘルシンキ市庁舎', 'BILATERAL_VISIT',
            'On the Governor of Tokyo''s visit to Helsinki, broad discussions were held on efforts aimed at solving challenges common to both cities. The two leaders confirmed that the cities would work together in areas such as support for parenting, interaction among high school students, and startup support, and signed a joint communiqué.',
            '東京都知事のヘルシンキ市訪問の際に会談を行い、両都市に共通する課題の解決に向けた取組について幅広く意見を交わした。両者は、子育て支援や高校生交流、スタートアップ支援等で連携して取り組むことを確認し、共同コミュニケに署名した。',
            'PUBLISHED')
    RETURNING id
), mp AS (
    INSERT INTO meeting_partner (meeting_id, partner_id, position)
    SELECT m.id, p.id, 0 FROM m, partner p WHERE p.slug = 'helsinki'
), part AS (
    INSERT INTO meeting_participant (meeting_id, position, name, name_ja, office, office_ja, side, partner_id)
    SELECT m.id, v.position, v.name, v.name_ja, v.office, v.office_ja, v.side, p.id
      FROM m
     CROSS JOIN (VALUES (0, 'Koike Yuriko', '小池百合子', 'Governor of Tokyo', '東京都知事', 'CITY', NULL),
                        (1, 'Juhana Vartiainen', 'ユハナ・ヴァルティアイネン', 'Mayor of Helsinki', 'ヘルシンキ市長', 'PARTNER', 'helsinki'))
           AS v (position, name, name_ja, office, office_ja, side, slug)
      LEFT JOIN partner p ON p.slug = v.slug
), ma AS (
    INSERT INTO meeting_agreement (meeting_id, agreement_id)
    SELECT m.id, a.id FROM m, agreement a
     WHERE a.title = 'Joint Communique of the City of Helsinki (Republic of Finland) and the Tokyo Metropolitan Government (Japan)'
)
INSERT INTO citation (source_id, subject_type, subject_id, voice, detail)
SELECT s.id, 'MEETING', m.id, 'CITY',
       '"a meeting was held between Tokyo Governor Koike Yuriko and Helsinki Mayor Juhana Vartiainen on August 21, 2023, at Helsinki City Hall."'
  FROM m, source s WHERE s.code = 'tmg-helsinki-communique-2023';

-- 4. Sustainable Recovery Tokyo Forum (Re StaRT), 7 August 2021 (source 001). The
--    participants are the delegations in the group photo's caption. The Joint Declaration
--    between Tokyo and Paris bears the same date, but no document says it was signed here.
WITH m AS (
    INSERT INTO meeting (title, title_ja, held_on, held_on_precision, place, place_ja, kind, summary, summary_ja, visibility)
    VALUES ('Sustainable Recovery Tokyo Forum (Re StaRT)',
            NULL,
            DATE '2021-08-07', 'DAY', 'Tokyo', '東京', 'FORUM',
            'Tokyo held the forum to call out to the world to realize a sustainable recovery from the pandemic. Discussions were held starting from the fields of the environment and culture, and the results were adopted in the Tokyo Declaration, endorsed by 38 cities as of the end of February 2022.',
            '持続可能な回復の実現を世界に呼びかけるため東京都が開催した。環境と文化の分野から議論を始め、その成果を東京宣言として採択した（2022年2月末時点で38都市が賛同）。',
            'PUBLISHED')
    RETURNING id
), mp AS (
    INSERT INTO meeting_partner (meeting_id, partner_id, position)
    SELECT m.id, p.id, v.position
      FROM m
     CROSS JOIN (VALUES ('los-angeles', 0), ('paris', 1)) AS v (slug, position)
      JOIN partner p ON p.slug = v.slug
), part AS (
    INSERT INTO meeting_participant (meeting_id, position, name, name_ja, office, office_ja, side, partner_id)
    SELECT m.id, v.position, NULL, NULL, v.office, v.office_ja, v.side, p.id
      FROM m
     CROSS JOIN (VALUES (0, 'Tokyo Metropolitan Government', '東京都', 'CITY', NULL),
                        (1, 'Brisbane', 'ブリスベン', 'OTHER', NULL),
                        (2, 'Dakar', 'ダカール', 'OTHER', NULL),
                        (3, 'Los Angeles', 'ロサンゼルス市', 'PARTNER', 'los-angeles'),
                        (4, 'Paris', 'パリ市', 'PARTNER', 'paris'),
                        (5, 'Singapore', 'シンガポール', 'OTHER', NULL))
           AS v (position, office, office_ja, side, slug)
      LEFT JOIN partner p ON p.slug = v.slug
)
INSERT INTO citation (source_id, subject_type, subject_id, voice, detail)
SELECT s.id, 'MEETING', m.id, 'CITY',
       '"Tokyo held the Sustainable Recovery Tokyo Forum (Re StaRT) on August 7, 2021." Photo caption: "Group photo taken with forum participants (Tokyo, Brisbane, Dakar, Los Angeles, Paris, Singapore)"'
  FROM m, source s WHERE s.code = 'tmg-international-strategy';

-- 5. First Tokyo Global Partners Seminar, 2015 (source 001); the nine cities are not named.
WITH m AS (
    INSERT INTO meeting (title, title_ja, held_on, held_on_precision, place, place_ja, kind, summary, summary_ja, visibility)
    VALUES ('First Tokyo Global Partners Seminar',
            NULL,
            DATE '2015-01-01', 'YEAR', 'Tokyo', '東京', 'SEMINAR',
            'The first Tokyo Global Partners Seminar, held to build the foundation for intercity relations and promote practical cooperation through discussions and the sharing of experiences. Nine cities took part.',
            '都市間関係の基盤を築き、議論と経験の共有を通じて実践的な協力を進めるために開催された第1回東京グローバル・パートナーズ・セミナー。9都市が参加した。',
            'PUBLISHED')
    RETURNING id
), part AS (
    INSERT INTO meeting_participant (meeting_id, position, name, name_ja, office, office_ja, side, partner_id)
    SELECT m.id, 0, NULL, NULL, 'Tokyo Metropolitan Government', '東京都', 'CITY', NULL FROM m
)
INSERT INTO citation (source_id, subject_type, subject_id, voice, detail)
SELECT s.id, 'MEETING', m.id, 'CITY',
       '"From the nine cities participating in the first seminar held in 2015"'
  FROM m, source s WHERE s.code = 'tmg-international-strategy';

-- 6. Sixth Tokyo Global Partners Seminar, 2021, online (source 001).
WITH m AS (
    INSERT INTO meeting (title, title_ja, held_on, held_on_precision, place, place_ja, kind, summary, summary_ja, visibility)
    VALUES ('Sixth Tokyo Global Partners Seminar',
            NULL,
            DATE '2021-01-01', 'YEAR', NULL, NULL, 'ONLINE',
            'The first online Tokyo Global Partners Seminar. 21 cities, the largest number ever, took part, with discussions on the theme “Strengthening Cooperation between Cities for a Sustainable Recovery from the COVID-19 Crisis.”',
            '初のオンライン開催となった第6回東京グローバル・パートナーズ・セミナー。過去最多の21都市が参加し、“Strengthening Cooperation between Cities for a Sustainable Recovery from the COVID-19 Crisis” をテーマに議論した。',
            'PUBLISHED')
    RETURNING id
), part AS (
    INSERT INTO meeting_participant (meeting_id, position, name, name_ja, office, office_ja, side, partner_id)
    SELECT m.id, 0, NULL, NULL, 'Tokyo Metropolitan Government', '東京都', 'CITY', NULL FROM m
)
INSERT INTO citation (source_id, subject_type, subject_id, voice, detail)
SELECT s.id, 'MEETING', m.id, 'CITY',
       '"at the 6th seminar, held in 2021 as the first online seminar, 21 cities, the largest number ever, participated"'
  FROM m, source s WHERE s.code = 'tmg-international-strategy';

-- 7. U20 Mayors Summit 2019, hosted by Tokyo as the U20 chair (source 001).
WITH m AS (
    INSERT INTO meeting (title, title_ja, held_on, held_on_precision, place, place_ja, kind, summary, summary_ja, visibility)
    VALUES ('U20 Mayors Summit 2019',
            NULL,
            DATE '2019-01-01', 'YEAR', 'Tokyo', '東京', 'SUMMIT',
            'Tokyo, the chair of the U20 in 2019, hosted the U20 Mayors Summit in the same year.',
            '2019年にU20の議長を務めた東京都が、同年、U20メイヤーズ・サミットを開催した。',
            'PUBLISHED')
    RETURNING id
), part AS (
    INSERT INTO meeting_participant (meeting_id, position, name, name_ja, office, office_ja, side, partner_id)
    SELECT m.id, 0, NULL, NULL, 'Tokyo Metropolitan Government', '東京都', 'CITY', NULL FROM m
)
INSERT INTO citation (source_id, subject_type, subject_id, voice, detail)
SELECT s.id, 'MEETING', m.id, 'CITY',
       '"Tokyo joined the U20 on January 24, 2018, served as the chair in 2019, and in the same year, held the U20 Mayors Summit." Photo caption: "2019 U20 Tokyo Mayors Summit"'
  FROM m, source s WHERE s.code = 'tmg-international-strategy';

-- 8. The Governor's visits of 2014 (source 004): "As of December 2014, I have visited eight
--    cities in five countries — Sochi, Beijing, Seoul, Tomsk, Moscow, Incheon, London, and
--    Berlin". The statement does not name the governor. Beijing: "my official visit to
--    Beijing last April", in a statement made after the strategy of December 2014.
--    Sochi and Incheon are not partners.
WITH v (position, title, title_ja, held_on, held_on_precision, place, place_ja, slug, extra, extra_ja) AS (
    VALUES (0, 'Visit of the Governor of Tokyo to Sochi', '東京都知事のソチ訪問', DATE '2014-01-01', 'YEAR', 'Sochi', 'ソチ', NULL, NULL, NULL),
           (1, 'Visit of the Governor of Tokyo to Beijing', '東京都知事の北京市訪問', DATE '2014-04-01', 'MONTH', 'Beijing', '北京', 'beijing',
            ' The official visit helped create an environment conducive to better bilateral relations between Japan and China.',
            '公式訪問は、日中関係の改善に資する環境づくりに役立った。'),
           (2, 'Visit of the Governor of Tokyo to Seoul', '東京都知事のソウル訪問', DATE '2014-01-01', 'YEAR', 'Seoul', 'ソウル', 'seoul', NULL, NULL),
           (3, 'Visit of the Governor of Tokyo to Tomsk', '東京都知事のトムスク訪問', DATE '2014-01-01', 'YEAR', 'Tomsk', 'トムスク', 'tomsk-region', NULL, NULL),
           (4, 'Visit of the Governor of Tokyo to Moscow', '東京都知事のモスクワ訪問', DATE '2014-01-01', 'YEAR', 'Moscow', 'モスクワ', 'moscow', NULL, NULL),
           (5, 'Visit of the Governor of Tokyo to Incheon', '東京都知事の仁川訪問', DATE '2014-01-01', 'YEAR', 'Incheon', '仁川', NULL, NULL, NULL),
           (6, 'Visit of the Governor of Tokyo to London', '東京都知事のロンドン訪問', DATE '2014-01-01', 'YEAR', 'London', 'ロンドン', 'london', NULL, NULL),
           (7, 'Visit of the Governor of Tokyo to Berlin', '東京都知事のベルリン訪問', DATE '2014-01-01', 'YEAR', 'Berlin', 'ベルリン', 'berlin', NULL, NULL)
), m AS (
    INSERT INTO meeting (title, title_ja, held_on, held_on_precision, place, place_ja, kind, summary, summary_ja, visibility)
    SELECT v.title, v.title_ja, v.held_on, v.held_on_precision, v.place, v.place_ja, 'BILATERAL_VISIT',
           'One of the eight cities in five countries the Governor of Tokyo visited between taking office in February 2014 and December 2014, for such purposes as better preparing for the 2020 Games and strengthening relations with Tokyo''s friendship cities.'
               || coalesce(v.extra, ''),
           '2014年2月の就任から同年12月までに東京都知事が訪問した5か国8都市の一つ。2020年大会の準備や友好都市との関係強化などを目的とした。'
               || coalesce(v.extra_ja, ''),
           'PUBLISHED'
      FROM v
     ORDER BY v.position
    RETURNING id, title
), mp AS (
    INSERT INTO meeting_partner (meeting_id, partner_id, position)
    SELECT m.id, p.id, 0
      FROM m JOIN v ON v.title = m.title JOIN partner p ON p.slug = v.slug
), part AS (
    INSERT INTO meeting_participant (meeting_id, position, name, name_ja, office, office_ja, side, partner_id)
    SELECT m.id, 0, NULL, NULL, 'Governor of Tokyo', '東京都知事', 'CITY', NULL FROM m
)
INSERT INTO citation (source_id, subject_type, subject_id, voice, detail)
SELECT s.id, 'MEETING', m.id, 'CITY',
       CASE WHEN v.slug = 'beijing'
            THEN '"my official visit to Beijing last April helped create an environment conducive to better bilateral relations between Japan and China"; "As of December 2014, I have visited eight cities in five countries — Sochi, Beijing, Seoul, Tomsk, Moscow, Incheon, London, and Berlin"'
            ELSE '"As of December 2014, I have visited eight cities in five countries — Sochi, Beijing, Seoul, Tomsk, Moscow, Incheon, London, and Berlin"'
       END
  FROM m JOIN v ON v.title = m.title, source s
 WHERE s.code = 'tmg-city-diplomacy-statement-2014';
