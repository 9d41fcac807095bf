-- The agreement list (source 002: 21 agreements with 15 partners) and the Joint Communiqué of
-- Rome (source 000). The documents do not say whether any agreement is in force, so status
-- is UNKNOWN throughout. Titles are exactly as printed. Each agreement is inserted with its
-- children in one statement, because agreements have no natural key.

-- 1. The agreement list (002), in the list's order.

WITH a AS (
    INSERT INTO agreement (type, title, signed_on, signed_on_precision, status, visibility)
    VALUES ('MEMORANDUM_OF_UNDERSTANDING',
            'Memorandum of Understanding on Exchange and Cooperation Between the Tokyo Metropolitan Government and the Seoul Metropolitan Government',
            DATE '2014-07-23', 'DAY', 'UNKNOWN', 'PUBLISHED')
    RETURNING id
), ap AS (
    INSERT INTO agreement_partner (agreement_id, partner_id, position)
    SELECT a.id, p.id, 0 FROM a, partner p WHERE p.slug = 'seoul'
)
INSERT INTO citation (source_id, subject_type, subject_id, voice, detail)
SELECT s.id, 'AGREEMENT', a.id, 'CITY', 'Row "Seoul", signed July 23, 2014'
  FROM a, source s WHERE s.code = 'tmg-agreements-list';

WITH a AS (
    INSERT INTO agreement (type, title, signed_on, signed_on_precision, status, visibility)
    VALUES ('JOINT_STATEMENT',
            'Joint Statement by the Governor of Tokyo and Mayor of Seoul',
            DATE '2015-02-03', 'DAY', 'UNKNOWN', 'PUBLISHED')
    RETURNING id
), ap AS (
    INSERT INTO agreement_partner (agreement_id, partner_id, position)
    SELECT a.id, p.id, 0 FROM a, partner p WHERE p.slug = 'seoul'
)
INSERT INTO citation (source_id, subject_type, subject_id, voice, detail)
SELECT s.id, 'AGREEMENT', a.id, 'CITY', 'Row "Seoul", signed February 3, 2015'
  FROM a, source s WHERE s.code = 'tmg-agreements-list';

WITH a AS (
    INSERT INTO agreement (type, title, signed_on, signed_on_precision, status, visibility)
    VALUES ('MEMORANDUM_OF_UNDERSTANDING',
            'Memorandum of Understanding on Exchange and Cooperation Between the Tokyo Metropolitan Government and the City of Berlin',
            DATE '2014-10-29', 'DAY', 'UNKNOWN', 'PUBLISHED')
    RETURNING id
), ap AS (
    INSERT INTO agreement_partner (agreement_id, partner_id, position)
    SELECT a.id, p.id, 0 FROM a, partner p WHERE p.slug = 'berlin'
)
INSERT INTO citation (source_id, subject_type, subject_id, voice, detail)
SELECT s.id, 'AGREEMENT', a.id, 'CITY', 'Row "Berlin", signed October 29, 2014'
  FROM a, source s WHERE s.code = 'tmg-agreements-list';

WITH a AS (
    INSERT INTO agreement (type, title, signed_on, signed_on_precision, status, visibility)
    VALUES ('JOINT_COMMUNIQUE',
            'Joint Communique of the Federal State of Berlin (Federal Republic of Germany) and the Tokyo Metropolitan Government (Japan)',
            DATE '2024-05-14', 'DAY', 'UNKNOWN', 'PUBLISHED')
    RETURNING id
), ap AS (
    INSERT INTO agreement_partner (agreement_id, partner_id, position)
    SELECT a.id, p.id, 0 FROM a, partner p WHERE p.slug = 'berlin'
)
INSERT INTO citation (source_id, subject_type, subject_id, voice, detail)
SELECT s.id, 'AGREEMENT', a.id, 'CITY', 'Row "Berlin", signed May 14, 2024'
  FROM a, source s WHERE s.code = 'tmg-agreements-list';

WITH a AS (
    INSERT INTO agreement (type, title, signed_on, signed_on_precision, status, visibility)
    VALUES ('MEMORANDUM_OF_UNDERSTANDING',
            'Memorandum of Understanding on Exchange and Cooperation Between the Tokyo Metropolitan Government and the New South Wales Government',
            DATE '2015-05-19', 'DAY', 'UNKNOWN', 'PUBLISHED')
    RETURNING id
), ap AS (
    INSERT INTO agreement_partner (agreement_id, partner_id, position)
    SELECT a.id, p.id, 0 FROM a, partner p WHERE p.slug = 'new-south-wales'
)
INSERT INTO citation (source_id, subject_type, subject_id, voice, detail)
SELECT s.id, 'AGREEMENT', a.id, 'CITY', 'Row "New South Wales", signed May 19, 2015'
  FROM a, source s WHERE s.code = 'tmg-agreements-list';

-- Same title as the 2015 memorandum; the list does not say that it renews it, so no relation.
WITH a AS (
    INSERT INTO agreement (type, title, signed_on, signed_on_precision, status, visibility)
    VALUES ('MEMORANDUM_OF_UNDERSTANDING',
            'Memorandum of Understanding on Exchange and Cooperation Between the Tokyo Metropolitan Government and the New South Wales Government',
            DATE '2024-02-06', 'DAY', 'UNKNOWN', 'PUBLISHED')
    RETURNING id
), ap AS (
    INSERT INTO agreement_partner (agreement_id, partner_id, position)
    SELECT a.id, p.id, 0 FROM a, partner p WHERE p.slug = 'new-south-wales'
)
INSERT INTO citation (source_id, subject_type, subject_id, voice, detail)
SELECT s.id, 'AGREEMENT', a.id, 'CITY', 'Row "New South Wales", signed February 6, 2024'
  FROM a, source s WHERE s.code = 'tmg-agreements-list';

WITH a AS (
    INSERT INTO agreement (type, title, signed_on, signed_on_precision, status, visibility)
    VALUES ('MEMORANDUM_OF_UNDERSTANDING',
            'Memorandum of Understanding on Exchange and Cooperation Between the Tokyo Metropolitan Government (Japan) and the Tomsk Regional Administration (Russian Federation)',
            DATE '2015-06-10', 'DAY', 'UNKNOWN', 'PUBLISHED')
    RETURNING id
), ap AS (
    INSERT INTO agreement_partner (agreement_id, partner_id, position)
    SELECT a.id, p.id, 0 FROM a, partner p WHERE p.slug = 'tomsk-region'
)
INSERT INTO citation (source_id, subject_type, subject_id, voice, detail)
SELECT s.id, 'AGREEMENT', a.id, 'CITY', 'Row "Tomsk Region", signed June 10, 2015'
  FROM a, source s WHERE s.code = 'tmg-agreements-list';

WITH a AS (
    INSERT INTO agreement (type, title, signed_on, signed_on_precision, status, visibility)
    VALUES ('MEMORANDUM_OF_UNDERSTANDING',
            'Memorandum of Understanding Between Greater London Authority (GLA) and Tokyo Metropolitan Government (TMG)',
            DATE '2015-10-14', 'DAY', 'UNKNOWN', 'PUBLISHED')
    RETURNING id
), ap AS (
    INSERT INTO agreement_partner (agreement_id, partner_id, position)
    SELECT a.id, p.id, 0 FROM a, partner p WHERE p.slug = 'london'
)
INSERT INTO citation (source_id, subject_type, subject_id, voice, detail)
SELECT s.id, 'AGREEMENT', a.id, 'CITY', 'Row "London", signed October 14, 2015'
  FROM a, source s WHERE s.code = 'tmg-agreements-list';

WITH a AS (
    INSERT INTO agreement (type, title, signed_on, signed_on_precision, status, visibility)
    VALUES ('MEMORANDUM_OF_UNDERSTANDING',
            'Memorandum of Understanding on Exchange and Cooperation Between the Tokyo Metropolitan Government (Japan) and the Government of Moscow (Russian Federation)',
            DATE '2015-10-22', 'DAY', 'UNKNOWN', 'PUBLISHED')
    RETURNING id
), ap AS (
    INSERT INTO agreement_partner (agreement_id, partner_id, position)
    SELECT a.id, p.id, 0 FROM a, partner p WHERE p.slug = 'moscow'
)
INSERT INTO citation (source_id, subject_type, subject_id, voice, detail)
SELECT s.id, 'AGREEMENT', a.id, 'CITY', 'Row "Moscow", signed October 22, 2015'
  FROM a, source s WHERE s.code = 'tmg-agreements-list';

WITH a AS (
    INSERT INTO agreement (type, title, signed_on, signed_on_precision, status, visibility)
    VALUES ('MEMORANDUM_OF_UNDERSTANDING',
            'Memorandum of Understanding on Exchange and Cooperation Between the Tokyo Metropolitan Government and the City of Paris',
            DATE '2015-10-28', 'DAY', 'UNKNOWN', 'PUBLISHED')
    RETURNING id
), ap AS (
    INSERT INTO agreement_partner (agreement_id, partner_id, position)
    SELECT a.id, p.id, 0 FROM a, partner p WHERE p.slug = 'paris'
)
INSERT INTO citation (source_id, subject_type, subject_id, voice, detail)
SELECT s.id, 'AGREEMENT', a.id, 'CITY', 'Row "Paris", signed October 28, 2015'
  FROM a, source s WHERE s.code = 'tmg-agreements-list';

WITH a AS (
    INSERT INTO agreement (type, title, signed_on, signed_on_precision, status, visibility)
    VALUES ('JOINT_COMMUNIQUE',
            'Joint Communiqué of the Governor of Tokyo and the Mayor of Paris',
            DATE '2017-10-23', 'DAY', 'UNKNOWN', 'PUBLISHED')
    RETURNING id
), ap AS (
    INSERT INTO agreement_partner (agreement_id, partner_id, position)
    SELECT a.id, p.id, 0 FROM a, partner p WHERE p.slug = 'paris'
)
INSERT INTO citation (source_id, subject_type, subject_id, voice, detail)
SELECT s.id, 'AGREEMENT', a.id, 'CITY', 'Row "Paris", signed October 23, 2017'
  FROM a, source s WHERE s.code = 'tmg-agreements-list';

WITH a AS (
    INSERT INTO agreement (type, title, signed_on, signed_on_precision, status, visibility)
    VALUES ('JOINT_DECLARATION',
            'Joint Declaration between Tokyo and Paris',
            DATE '2021-08-07', 'DAY', 'UNKNOWN', 'PUBLISHED')
    RETURNING id
), ap AS (
    INSERT INTO agreement_partner (agreement_id, partner_id, position)
    SELECT a.id, p.id, 0 FROM a, partner p WHERE p.slug = 'paris'
)
INSERT INTO citation (source_id, subject_type, subject_id, voice, detail)
SELECT s.id, 'AGREEMENT', a.id, 'CITY', 'Row "Paris", signed August 7, 2021'
  FROM a, source s WHERE s.code = 'tmg-agreements-list';

WITH a AS (
    INSERT INTO agreement (type, title, signed_on, signed_on_precision, status, visibility)
    VALUES ('JOINT_COMMUNIQUE',
            'Joint Communique of the Tokyo Metropolitan Government (Japan) and the Government of Brussel-Capital Region (Kingdom of Belgium)',
            DATE '2016-10-11', 'DAY', 'UNKNOWN', 'PUBLISHED')
    RETURNING id
), ap AS (
    INSERT INTO agreement_partner (agreement_id, partner_id, position)
    SELECT a.id, p.id, 0 FROM a, partner p WHERE p.slug = 'brussels-capital-region'
)
INSERT INTO citation (source_id, subject_type, subject_id, voice, detail)
SELECT s.id, 'AGREEMENT', a.id, 'CITY', 'Row "Brussels-Capital Region", signed October 11, 2016'
  FROM a, source s WHERE s.code = 'tmg-agreements-list';

WITH a AS (
    INSERT INTO agreement (type, title, signed_on, signed_on_precision, status, visibility)
    VALUES ('MEMORANDUM_OF_UNDERSTANDING',
            'Memorandum of Understanding Between the Tokyo Metropolitan Government and the City of Los Angeles',
            DATE '2018-07-25', 'DAY', 'UNKNOWN', 'PUBLISHED')
    RETURNING id
), ap AS (
    INSERT INTO agreement_partner (agreement_id, partner_id, position)
    SELECT a.id, p.id, 0 FROM a, partner p WHERE p.slug = 'los-angeles'
)
INSERT INTO citation (source_id, subject_type, subject_id, voice, detail)
SELECT s.id, 'AGREEMENT', a.id, 'CITY', 'Row "Los Angeles", signed July 25, 2018'
  FROM a, source s WHERE s.code = 'tmg-agreements-list';

WITH a AS (
    INSERT INTO agreement (type, title, signed_on, signed_on_precision, status, visibility)
    VALUES ('MEMORANDUM_OF_UNDERSTANDING',
            'Memorandum of Understanding between The City of Los Angeles and the Tokyo Metropolitan Government',
            DATE '2021-08-27', 'DAY', 'UNKNOWN', 'PUBLISHED')
    RETURNING id
), ap AS (
    INSERT INTO agreement_partner (agreement_id, partner_id, position)
    SELECT a.id, p.id, 0 FROM a, partner p WHERE p.slug = 'los-angeles'
)
INSERT INTO citation (source_id, subject_type, subject_id, voice, detail)
SELECT s.id, 'AGREEMENT', a.id, 'CITY', 'Row "Los Angeles", signed August 27, 2021'
  FROM a, source s WHERE s.code = 'tmg-agreements-list';

WITH a AS (
    INSERT INTO agreement (type, title, signed_on, signed_on_precision, status, visibility)
    VALUES ('MEMORANDUM_OF_UNDERSTANDING',
            'Memorandum of Understanding on Exchange and Cooperation Between the Tokyo Metropolitan Government and the People''s Government of Beijing Municipality',
            DATE '2019-08-26', 'DAY', 'UNKNOWN', 'PUBLISHED')
    RETURNING id
), ap AS (
    INSERT INTO agreement_partner (agreement_id, partner_id, position)
    SELECT a.id, p.id, 0 FROM a, partner p WHERE p.slug = 'beijing'
)
INSERT INTO citation (source_id, subject_type, subject_id, voice, detail)
SELECT s.id, 'AGREEMENT', a.id, 'CITY', 'Row "Beijing", signed August 26, 2019'
  FROM a, source s WHERE s.code = 'tmg-agreements-list';

WITH a AS (
    INSERT INTO agreement (type, title, signed_on, signed_on_precision, status, visibility)
    VALUES ('LETTER_OF_INTENT',
            'Letter of Intent between The Tokyo Metropolitan Government and Kuala Lumpur City Hall',
            DATE '2022-09-01', 'DAY', 'UNKNOWN', 'PUBLISHED')
    RETURNING id
), ap AS (
    INSERT INTO agreement_partner (agreement_id, partner_id, position)
    SELECT a.id, p.id, 0 FROM a, partner p WHERE p.slug = 'kuala-lumpur'
)
INSERT INTO citation (source_id, subject_type, subject_id, voice, detail)
SELECT s.id, 'AGREEMENT', a.id, 'CITY', 'Row "Kuala Lumpur", signed September 1, 2022'
  FROM a, source s WHERE s.code = 'tmg-agreements-list';

-- Helsinki (also source 003, which gives both full texts).
WITH a AS (
    INSERT INTO agreement (type, title, title_ja, signed_on, signed_on_precision, place, place_ja,
                           summary, summary_ja, status, visibility)
    VALUES ('JOINT_COMMUNIQUE',
            'Joint Communique of the City of Helsinki (Republic of Finland) and the Tokyo Metropolitan Government (Japan)',
            '東京都(日本国)とヘルシンキ市(フィンランド共和国)との共同コミュニケ',
            DATE '2023-08-21', 'DAY', 'Helsinki', 'ヘルシンキ',
            'Signed in Helsinki on the Governor of Tokyo''s visit, when she met the Mayor of Helsinki at Helsinki City Hall. The two leaders confirmed that the cities would work together in areas such as support for parenting, interaction among high school students, and startup support.',
            '東京都知事のヘルシンキ市訪問の際、ヘルシンキ市庁舎での東京都知事とヘルシンキ市長の会談に合わせてヘルシンキで署名された。両者は、子育て支援や高校生交流、スタートアップ支援等で両都市が連携して取り組むことを確認した。',
            'UNKNOWN', 'PUBLISHED')
    RETURNING id
), ap AS (
    INSERT INTO agreement_partner (agreement_id, partner_id, position)
    SELECT a.id, p.id, 0 FROM a, partner p WHERE p.slug = 'helsinki'
), sig AS (
    INSERT INTO agreement_signatory (agreement_id, position, name, name_ja, office, office_ja, side, partner_id)
    SELECT a.id, 0, 'Juhana Vartiainen', 'ユハナ・ヴァルティアイネン', 'Mayor of Helsinki', 'ヘルシンキ市長', 'PARTNER', p.id
      FROM a, partner p WHERE p.slug = 'helsinki'
    UNION ALL
    SELECT a.id, 1, 'Koike Yuriko', '小池百合子', 'Governor of Tokyo', '東京都知事', 'CITY', NULL
      FROM a
), ar AS (
    INSERT INTO agreement_area (agreement_id, area)
    SELECT a.id, v.area FROM a, (VALUES ('CHILDREN'), ('EDUCATION'), ('STARTUPS'), ('DIGITAL'), ('INCLUSION')) AS v (area)
), txt AS (
    INSERT INTO agreement_text (agreement_id, language, title, body)
    SELECT a.id, 'en',
           'Joint Communique Of the City of Helsinki (Republic of Finland) And the Tokyo Metropolitan Government (Japan)',
           $body$On the occasion of the governor of Tokyo's visit to the city of Helsinki, a meeting was held between Tokyo Governor Koike Yuriko and Helsinki Mayor Juhana Vartiainen on August 21, 2023, at Helsinki City Hall. As the world is now facing various crises, broad discussions were held on efforts aimed at solving challenges common to both cities.

During the exchange of opinions, the governor of Tokyo expressed her determination to build a society brimming with diversity that enables everyone to pursue their hopes and dreams and to strategically advance "investment in the future" that will generate sustainable new values and growth.

The mayor of Helsinki welcomed this vision and spoke of the importance of advancing the creation of a city that is just, safe, and equitable for all by making Helsinki the most equitable and effective place to learn and realizing a smart city through digitalization, among other efforts.

The two leaders confirmed that the cities would work together in areas such as support for parenting, interaction among high school students, and startup support with the aim to cultivate human resources who can forge a new era even under difficult circumstances.

In addition to expressing respect and support for each other's ideas, the two leaders promised to work together to resolve issues common to the world's major cities and to enhance benefits to residents.

Signed in Helsinki on August 21, 2023

Juhana Vartiainen Mayor of Helsinki Koike Yuriko Governor of Tokyo$body$
      FROM a
    UNION ALL
    SELECT a.id, 'ja',
           '東京都(日本国)とヘルシンキ市(フィンランド共和国)との共同コミュニケ',
           $body$東京都知事によるヘルシンキ市訪問の機会を捉え、2023年8月21日、東京都知事 小池百合子とヘルシンキ市長 ユハナ・ヴァルティアイネンは、ヘルシンキ市庁舎において会談を行い、世界が様々な危機に直面する中、両都市に共通する課題の解決に向けた取組について幅広く意見を交わした。

意見交換の中で、東京都知事は、誰もが夢や希望を追求できる多様性に溢れた社会を築くとともに、持続可能な新たな価値を生み出し、成長を呼ぶ「未来への投資」を戦略的に進めることを表明した。

ヘルシンキ市長は、都知事が表明したビジョンに賛同するとともに、最も公平で効果的な学習の場の提供、デジタル化によるスマートシティの実現などを通じて、誰にとっても公平かつ安全、平等な都市づくりを進める必要性について述べた。

両都市は、厳しい状況においても、新しい時代を切り開く人材を育むために、今後、子育て支援や高校生交流、スタートアップ支援等、連携して取り組むことを確認した。

両者は、互いの考えに敬意と賛同を表明するとともに、世界の大都市に共通する課題の解決及び住民の利益の向上に向けて、共に努力していくことを約束した。

2023年8月21日

東京都知事小池百合子

ヘルシンキ市長 ユハナ・ヴァルティアイネン$body$
      FROM a
)
INSERT INTO citation (source_id, subject_type, subject_id, voice, detail)
SELECT s.id, 'AGREEMENT', a.id, 'CITY', c.detail
  FROM a, source s,
       (VALUES ('tmg-agreements-list', 'Row "City of Helsinki", signed August 21, 2023'),
               ('tmg-helsinki-communique-2023', 'The communiqué itself, Japanese and English: "Signed in Helsinki on August 21, 2023"')) AS c (code, detail)
 WHERE s.code = c.code;

WITH a AS (
    INSERT INTO agreement (type, title, signed_on, signed_on_precision, status, visibility)
    VALUES ('MEMORANDUM_OF_UNDERSTANDING',
            'Memorandum of Understanding on Exchange and Cooperation Between Abu Dhabi (The United Arab Emirates) and the Tokyo Metropolitan Government (Japan)',
            DATE '2023-11-30', 'DAY', 'UNKNOWN', 'PUBLISHED')
    RETURNING id
), ap AS (
    INSERT INTO agreement_partner (agreement_id, partner_id, position)
    SELECT a.id, p.id, 0 FROM a, partner p WHERE p.slug = 'abu-dhabi'
)
INSERT INTO citation (source_id, subject_type, subject_id, voice, detail)
SELECT s.id, 'AGREEMENT', a.id, 'CITY', 'Row "Abu Dhabi", signed November 30, 2023'
  FROM a, source s WHERE s.code = 'tmg-agreements-list';

WITH a AS (
    INSERT INTO agreement (type, title, signed_on, signed_on_precision, status, visibility)
    VALUES ('MEMORANDUM_OF_UNDERSTANDING',
            'Memorandum of Understanding on Exchange and Cooperation Between the Governor’s Office of the Capital City of Ulaanbaatar (Mongolia) and the Tokyo Metropolitan Government (Japan)',
            DATE '2024-05-16', 'DAY', 'UNKNOWN', 'PUBLISHED')
    RETURNING id
), ap AS (
    INSERT INTO agreement_partner (agreement_id, partner_id, position)
    SELECT a.id, p.id, 0 FROM a, partner p WHERE p.slug = 'ulaanbaatar'
)
INSERT INTO citation (source_id, subject_type, subject_id, voice, detail)
SELECT s.id, 'AGREEMENT', a.id, 'CITY', 'Row "Ulaanbaatar", signed May 16, 2024'
  FROM a, source s WHERE s.code = 'tmg-agreements-list';

WITH a AS (
    INSERT INTO agreement (type, title, signed_on, signed_on_precision, status, visibility)
    VALUES ('JOINT_COMMUNIQUE',
            'Joint Communique of the Bangkok Metropolitan Administration (Kingdom of Thailand) and the Tokyo Metropolitan Government (Japan)',
            DATE '2025-02-06', 'DAY', 'UNKNOWN', 'PUBLISHED')
    RETURNING id
), ap AS (
    INSERT INTO agreement_partner (agreement_id, partner_id, position)
    SELECT a.id, p.id, 0 FROM a, partner p WHERE p.slug = 'bangkok'
)
INSERT INTO citation (source_id, subject_type, subject_id, voice, detail)
SELECT s.id, 'AGREEMENT', a.id, 'CITY', 'Row "Bangkok", signed February 6, 2025'
  FROM a, source s WHERE s.code = 'tmg-agreements-list';

-- 2. The Joint Communiqué of Rome (000), not (yet) in the list.

WITH a AS (
    INSERT INTO agreement (type, title, title_ja, signed_on, signed_on_precision, place, place_ja,
                           summary, summary_ja, status, visibility)
    VALUES ('JOINT_COMMUNIQUE',
            'Joint Communiqué of the City of Rome (Republic of Italy) and the Tokyo Metropolitan Government (Japan)',
            '東京都（日本国）とローマ市（イタリア共和国）との共同コミュニケ',
            DATE '2026-02-05', 'DAY', 'Rome City Hall', 'ローマ市庁舎',
            'Issued at the meeting of the Governor of Tokyo and the Mayor of Rome at Rome City Hall in the 30th anniversary year of the two cities'' friendship city relationship (since 1996). The two leaders named shared areas for cooperation (urban resilience against the climate crisis and natural disasters, tourism and culture, exchange through sports and learning, startups, cultural exchange and economic cooperation, and collaboration in city networks such as G-NETS, C40, U20 and OECD Champion Mayors for Inclusive Growth) and promised to strive together to resolve issues common to the world''s megapolises.',
            '友好都市提携30周年の年に、ローマ市庁舎で行われた東京都知事とローマ市長の会談の際のもの。両者は1996年の友好都市提携以来の関係の意義を確認し、気候危機や自然災害に対する都市のレジリエンス、観光・文化、スポーツや学びを通じた交流、スタートアップ、文化交流・経済協力、G-NETS、C40、U20、OECD チャンピオン・メイヤーズ包括的成長イニシアティブ等の国際都市ネットワークにおける協働を共通の分野として示し、世界の大都市に共通する課題の解決に向けて連携して努力していくことを約束した。',
            'UNKNOWN', 'PUBLISHED')
    RETURNING id
), ap AS (
    INSERT INTO agreement_partner (agreement_id, partner_id, position)
    SELECT a.id, p.id, 0 FROM a, partner p WHERE p.slug = 'rome'
), sig AS (
    INSERT INTO agreement_signatory (agreement_id, position, name, name_ja, office, office_ja, side, partner_id)
    SELECT a.id, 0, 'Koike Yuriko', '小池百合子', 'Governor of Tokyo', '東京都知事', 'CITY', NULL
      FROM a
    UNION ALL
    SELECT a.id, 1, 'Roberto Gualtieri', 'ロベルト・グアルティエーリ', 'Mayor of Rome', 'ローマ市長', 'PARTNER', p.id
      FROM a, partner p WHERE p.slug = 'rome'
), ar AS (
    INSERT INTO agreement_area (agreement_id, area)
    SELECT a.id, v.area
      FROM a, (VALUES ('ENVIRONMENT'), ('DISASTER_RESILIENCE'), ('TOURISM'), ('CULTURE'), ('SPORT'),
                      ('EDUCATION'), ('STARTUPS'), ('ECONOMY'), ('INCLUSION')) AS v (area)
), txt AS (
    INSERT INTO agreement_text (agreement_id, language, title, body)
    SELECT a.id, 'en',
           'Joint Communiqué of the City of Rome (Republic of Italy) and the Tokyo Metropolitan Government (Japan)',
           $body$On the occasion of the governor of Tokyo's visit to the city of Rome, Italian Republic, in this year, which marks the 30th anniversary of the friendship city relationship between Tokyo and Rome, a meeting was held between Governor Koike Yuriko of Tokyo and Mayor Roberto Gualtieri of Rome on February 5, 2026, at Rome City Hall.

Building on the discussions they held at the Tokyo Metropolitan Government office last September, the two leaders reaffirmed the value of the relationship cultivated between the two cities since becoming friendship cities in 1996.

The governor of Tokyo commented that amid the growing role of cities, which are the foundation of people's lives, it is vital to enhance urban resilience against common challenges such as the climate crisis and natural disasters, and for that reason, stronger intercity cooperation is indispensable. She also expressed her intention to enhance both cities' appeal through efforts including sustainable cooperation in the areas of tourism and culture, expansion of citizen interactions through sports and learning opportunities, and initiatives using startups to solve urban challenges.

Recalling the upcoming 30th anniversary of the Rome–Tokyo Friendship Pact and Italy–Japan relations, the mayor of Rome reaffirmed Rome's commitment to further strengthening bilateral cooperation. He highlighted the shared priorities of inclusive societies, safe and healthy cities, environmental sustainability, and innovation, including collaboration within international city networks such as G-NETS, C40, U20, and OECD Champion Mayors for Inclusive Growth, as well as initiatives supporting startups. The Mayor also underlined the value of cultural exchange and economic cooperation as key drivers for strengthening ties between the two capitals.

Along with expressing respect and support for each other's ideas, and confirming their common understanding on deepening cooperation, the two leaders promised to strive together to resolve issues common to the world's megapolises and to enhance the interests of their residents.

February 5, 2026

Koike Yuriko
Governor of Tokyo

Roberto Gualtieri
Mayor of Rome$body$
      FROM a
    UNION ALL
    SELECT a.id, 'ja',
           '東京都（日本国）とローマ市（イタリア共和国）との共同コミュニケ',
           $body$東京都とローマ市が友好都市提携 30 周年を迎えた本年、東京都知事によるローマ市訪問の機会を捉え、2026 年 2 月 5 日、東京都知事 小池百合子とローマ市長 ロベルト・グアルティエーリは、ローマ市庁舎において会談を行った。

両者は、昨年 9 月に東京都で行った議論を踏まえつつ、1996 年の友好都市提携以来、育まれてきた関係の意義を改めて確認した。

東京都知事は、人々の生活の基盤となる「都市」の役割が一段と大きくなる中、気候危機や自然災害といった共通の課題に対処するため、都市のレジリエンスを高めていくことが重要であり、そのためには都市間の連携強化が不可欠であると述べた。また、観光や文化の分野における持続的な相互協力、スポーツや学びの機会を通じた市民同士の交流の拡大、スタートアップを活用した都市課題の解決に向けた取組等を通じて、両都市の魅力をお互いに高めていく考えを示した。

ローマ・東京間の友好都市提携 30 周年及び日伊関係を踏まえ、ローマ市長は、相互協力の一層の強化に向けたローマ市としての確固たる意思を改めて表明した。市長は、包摂的な社会の実現、安全で健やかな都市づくり、環境の持続可能性、イノベーション、さらには G-NETS、C40、U20、OECD チャンピオン・メイヤーズ包括的成長イニシアティブ等の国際都市ネットワークにおける協働や、スタートアップ支援を、両都市に共通する重点分野として明示した。また、市長は、両首都の絆を深める主要な推進力として、文化交流および経済協力の重要性を強調した。

両者は、互いの考えに敬意と賛同を表明し、協力の深化に向けた共通認識を確認するとともに、世界の大都市に共通する課題の解決及び住民の利益の向上に向けて連携して努力していくことを約束した。

2026 年 2 月 5 日

東京都知事
小池百合子

ローマ市長
ロベルト・グアルティエーリ$body$
      FROM a
)
INSERT INTO citation (source_id, subject_type, subject_id, voice, detail)
SELECT s.id, 'AGREEMENT', a.id, 'CITY',
       'The communiqué itself, English and Japanese, dated February 5, 2026 and signed by the Governor of Tokyo and the Mayor of Rome'
  FROM a, source s WHERE s.code = 'tmg-rome-communique-2026';
