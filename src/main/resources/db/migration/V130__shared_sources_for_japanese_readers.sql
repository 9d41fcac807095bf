-- Issue 16, point 13: the Sources lists spoke English on Japanese pages ("Row 11: friendship city…"), and
-- some notes meant nothing to any reader ("Paris uses "twinning" for Rome alone"). This adds the Japanese
-- of each source's title and publisher and of each note, and rewrites the English notes that were
-- written as working notes on a spreadsheet ("Row 4: …") so that a reader understands them.
--
-- Facts only from the source documents (../shared/seeds/). Where a quoted document has a Japanese text
-- of its own (the Rome and Helsinki communiqués), the Japanese note quotes that text; where it is in
-- English only, the Japanese note is a translation and says so (参考訳). Proper names with no Japanese
-- form in the documents stay as written there.

ALTER TABLE source ADD COLUMN title_ja varchar(500);
ALTER TABLE source ADD COLUMN publisher_ja varchar(300);
ALTER TABLE citation ADD COLUMN detail_ja text;
ALTER TABLE network_partner ADD COLUMN detail_ja text;

UPDATE source s SET title_ja = v.title_ja, publisher_ja = v.publisher_ja
  FROM (VALUES
        ('tmg-rome-communique-2026', '東京都（日本国）とローマ市（イタリア共和国）との共同コミュニケ', 'ローマ市・東京都'),
        ('tmg-helsinki-communique-2023', '東京都（日本国）とヘルシンキ市（フィンランド共和国）との共同コミュニケ', 'ヘルシンキ市・東京都'),
        ('tmg-international-strategy', '東京都の国際戦略（英語ページ「Tokyo''s International Strategy」）', '東京都'),
        ('tmg-agreements-list', '協定・共同声明の一覧（英語ページ「Agreements and Joint Statements」）', '東京都'),
        ('tmg-city-diplomacy-statement-2014', '都市外交基本戦略（2014年12月）に関する東京都知事の声明（英語版）', '東京都'),
        ('sister-cities-reference', '東京都の12の姉妹友好都市・州', NULL)
       ) AS v (code, title_ja, publisher_ja)
 WHERE s.code = v.code;

-- The reference list of the 12 sister and friendship cities/states: one entry per partner.
UPDATE citation c SET detail = v.detail, detail_ja = v.detail_ja
  FROM (VALUES
        ('Row 1: sister city (Tokyo), concluded 1960-02-29; the first.',
         'Entry 1 of the 12: Tokyo calls New York City a sister city. Concluded on 29 February 1960, the first of Tokyo''s relationships.',
         '12都市・州の一覧の1番目：東京都はニューヨーク市を「姉妹都市」と呼んでいる。1960年2月29日に提携し、東京都の姉妹友好都市関係の最初のもの。'),
        ('Row 2: friendship city, 友好都市 (Tokyo), concluded 1979-03-14.',
         'Entry 2 of the 12: Tokyo calls Beijing a friendship city (友好都市). Concluded on 14 March 1979.',
         '12都市・州の一覧の2番目：東京都は北京市を「友好都市」と呼んでいる。1979年3月14日に提携。'),
        ('Row 3: friendship city, 友好都市 (Tokyo), concluded 1982-07-14; Paris uses "twinning" for Rome alone.',
         'Entry 3 of the 12: Tokyo calls Paris a friendship city (友好都市). Concluded on 14 July 1982. Paris calls only one city its twin city: Rome.',
         '12都市・州の一覧の3番目：東京都はパリ市を「友好都市」と呼んでいる。1982年7月14日に提携。パリ市が姉妹都市（twinning）と呼ぶのはローマ市だけである。'),
        ('Row 4: a Tokyo page says friendship.',
         'Entry 4 of the 12: a page of the Tokyo Metropolitan Government calls the relationship a friendship.',
         '12都市・州の一覧の4番目：東京都のページでは、この関係を「友好」としている。'),
        ('Row 4: sister state (New South Wales), concluded 1984-05-09.',
         'Entry 4 of the 12: New South Wales calls it a sister state relationship. Concluded on 9 May 1984.',
         '12都市・州の一覧の4番目：ニューサウスウェールズ州側は「姉妹州」と呼んでいる。1984年5月9日に提携。'),
        ('Row 5: friendship city, 友好都市 (Tokyo), concluded 1988-09-03; often called sister city elsewhere.',
         'Entry 5 of the 12: Tokyo calls Seoul a friendship city (友好都市). Concluded on 3 September 1988. Other sources often call it a sister city.',
         '12都市・州の一覧の5番目：東京都はソウル特別市を「友好都市」と呼んでいる。1988年9月3日に提携。他の資料では姉妹都市と呼ばれることも多い。'),
        ('Row 6: sister city (Jakarta), concluded 1989-10-23; Tokyo''s own word not verified.',
         'Entry 6 of the 12: Jakarta calls it a sister city relationship. Concluded on 23 October 1989. The word Tokyo itself uses has not been verified.',
         '12都市・州の一覧の6番目：ジャカルタ特別州側は「姉妹都市」と呼んでいる。1989年10月23日に提携。東京都側の呼称は確認されていない。'),
        ('Row 7: sister state (a third-party list), concluded 1990-06-13; Tokyo''s own word not verified.',
         'Entry 7 of the 12: a list by neither side calls it a sister state relationship. Concluded on 13 June 1990. The word Tokyo itself uses has not been verified.',
         '12都市・州の一覧の7番目：どちらの側でもない第三者のリストでは「姉妹州」とされている。1990年6月13日に提携。東京都側の呼称は確認されていない。'),
        ('Row 8: friendship city (Tokyo), concluded 1990-10-23.',
         'Entry 8 of the 12: Tokyo calls Cairo a friendship city. Concluded on 23 October 1990.',
         '12都市・州の一覧の8番目：東京都はカイロ県を「友好都市」と呼んでいる。1990年10月23日に提携。'),
        ('Row 9: friendship city, 友好都市, concluded 1991-07-16.',
         'Entry 9 of the 12: a friendship city (友好都市). Concluded on 16 July 1991.',
         '12都市・州の一覧の9番目：「友好都市」。1991年7月16日に提携。'),
        ('Row 10: friendship city, 友好都市 (Tokyo), concluded 1994-05-14.',
         'Entry 10 of the 12: Tokyo calls Berlin a friendship city (友好都市). Concluded on 14 May 1994.',
         '12都市・州の一覧の10番目：東京都はベルリン市を「友好都市」と呼んでいる。1994年5月14日に提携。'),
        ('Row 11: friendship city, 友好都市, concluded 1996 (the appendix page gives 1996-07-05; only the year is corroborated).',
         'Entry 11 of the 12: a friendship city (友好都市) since 1996. An older appendix page of the Tokyo Metropolitan Government gives 5 July 1996; other sources confirm only the year.',
         '12都市・州の一覧の11番目：1996年から「友好都市」。東京都の以前の付録ページは1996年7月5日としているが、他の資料で確かめられるのは年のみ。'),
        ('Row 12: friendship city, by a joint declaration, concluded 2015-10-14; a 2017 memorandum was with the City of London Corporation.',
         'Entry 12 of the 12: a friendship city by a joint declaration of 14 October 2015. A memorandum of 2017 was signed with a different body, the City of London Corporation.',
         '12都市・州の一覧の12番目：2015年10月14日の共同宣言により友好都市となった。2017年の覚書は別の団体であるシティ・オブ・ロンドン・コーポレーションとのもの。')
       ) AS v (old_detail, detail, detail_ja)
 WHERE c.detail = v.old_detail;

-- The agreement list (002) names each partner as a heading with its agreements and their dates.
-- 'Row "Tomsk Region": 1 agreement (June 10, 2015).' and 'Row "Seoul", signed July 23, 2014'.
UPDATE citation c
   SET detail = 'Listed under "' || m[1] || '": ' || m[2] || ' agreement' || CASE WHEN m[2] = '1' THEN '' ELSE 's' END
                || ' (' || m[3] || ').',
       detail_ja = '一覧の「' || m[1] || '」の項：協定' || m[2] || '件（'
                || (SELECT string_agg(to_char(to_date(d, 'FMMonth FMDD, YYYY'), 'YYYY"年"FMMM"月"FMDD"日"'), '、')
                      FROM unnest(string_to_array(m[3], '; ')) AS d) || '）。'
  FROM (SELECT id, regexp_match(detail, '^Row "([^"]+)": ([0-9]+) agreements? \((.+)\)\.$') AS m FROM citation) r
 WHERE r.id = c.id AND r.m IS NOT NULL;

UPDATE citation c
   SET detail = 'Listed under "' || m[1] || '", signed ' || m[2] || '.',
       detail_ja = '一覧の「' || m[1] || '」の項：'
                || to_char(to_date(m[2], 'FMMonth FMDD, YYYY'), 'YYYY"年"FMMM"月"FMDD"日"') || '締結。'
  FROM (SELECT id, regexp_match(detail, '^Row "([^"]+)", signed (.+)$') AS m FROM citation) r
 WHERE r.id = c.id AND r.m IS NOT NULL;

-- Where the communiqués say so, and what the documents say in their words.
UPDATE citation c SET detail_ja = v.detail_ja
  FROM (VALUES
        ('The communiqué itself, Japanese and English: "Signed in Helsinki on August 21, 2023"',
         '共同コミュニケ本文（日本語・英語）。英語文の末尾に「Signed in Helsinki on August 21, 2023」（2023年8月21日、ヘルシンキにて署名）とある。'),
        ('The communiqué itself, English and Japanese, dated February 5, 2026 and signed by the Governor of Tokyo and the Mayor of Rome',
         '共同コミュニケ本文（英語・日本語）。2026年2月5日付で、東京都知事とローマ市長が署名している。'),
        ('"Commencing with the signing of its first agreement with New York City in 1960, the Tokyo Metropolitan Government currently has sister or friendship city/state relationships with 12 cities and states around the world."',
         '参考訳：「1960年のニューヨーク市との最初の提携に始まり、東京都は現在、世界の12の都市・州と姉妹友好都市・州の関係にある。」'),
        ('"the two leaders reaffirmed the value of the relationship cultivated between the two cities since becoming friendship cities in 1996."',
         '共同コミュニケの日本語文：「1996年の友好都市提携以来、育まれてきた関係の意義を改めて確認した。」'),
        ('"a meeting was held between Governor Koike Yuriko of Tokyo and Mayor Roberto Gualtieri of Rome on February 5, 2026, at Rome City Hall."',
         '共同コミュニケの日本語文：「2026年2月5日、東京都知事 小池百合子とローマ市長 ロベルト・グアルティエーリは、ローマ市庁舎において会談を行った。」'),
        ('"Building on the discussions they held at the Tokyo Metropolitan Government office last September" (Japanese text: "昨年 9 月に東京都で行った議論")',
         '共同コミュニケの日本語文：「昨年9月に東京都で行った議論を踏まえつつ」'),
        ('"a meeting was held between Tokyo Governor Koike Yuriko and Helsinki Mayor Juhana Vartiainen on August 21, 2023, at Helsinki City Hall."',
         '共同コミュニケの日本語文：「2023年8月21日、東京都知事 小池百合子とヘルシンキ市長 ユハナ・ヴァルティアイネンは、ヘルシンキ市庁舎において会談を行い」'),
        ('"Tokyo held the Sustainable Recovery Tokyo Forum (Re StaRT) on August 7, 2021." Photo caption: "Group photo taken with forum participants (Tokyo, Brisbane, Dakar, Los Angeles, Paris, Singapore)"',
         '参考訳：「東京都は2021年8月7日、Sustainable Recovery Tokyo Forum（Re StaRT）を開催した。」写真の説明：「フォーラム参加者との集合写真（東京、ブリスベン、ダカール、ロサンゼルス、パリ、シンガポール）」'),
        ('"From the nine cities participating in the first seminar held in 2015"',
         '参考訳：「2015年に開催された第1回セミナーに参加した9都市から」'),
        ('"at the 6th seminar, held in 2021 as the first online seminar, 21 cities, the largest number ever, participated"',
         '参考訳：「初のオンライン開催となった2021年の第6回セミナーには、過去最多の21都市が参加した」'),
        ('"Tokyo joined the U20 on January 24, 2018, served as the chair in 2019, and in the same year, held the U20 Mayors Summit." Photo caption: "2019 U20 Tokyo Mayors Summit"',
         '参考訳：「東京都は2018年1月24日にU20に加盟し、2019年に議長を務め、同年にU20 Mayors Summitを開催した。」写真の説明：「2019 U20 Tokyo Mayors Summit」'),
        ('"Tokyo joined the U20 on January 24, 2018, served as the chair in 2019, and in the same year, held the U20 Mayors Summit."',
         '参考訳：「東京都は2018年1月24日にU20に加盟し、2019年に議長を務め、同年にU20 Mayors Summitを開催した。」'),
        ('"As of December 2014, I have visited eight cities in five countries — Sochi, Beijing, Seoul, Tomsk, Moscow, Incheon, London, and Berlin"',
         '参考訳：「2014年12月までに、私は5か国8都市（ソチ、北京、ソウル、トムスク、モスクワ、仁川、ロンドン、ベルリン）を訪問した」'),
        ('"my official visit to Beijing last April helped create an environment conducive to better bilateral relations between Japan and China"; "As of December 2014, I have visited eight cities in five countries — Sochi, Beijing, Seoul, Tomsk, Moscow, Incheon, London, and Berlin"',
         '参考訳：「昨年4月の北京への公式訪問は、日中関係の改善につながる環境づくりに役立った」、「2014年12月までに、私は5か国8都市（ソチ、北京、ソウル、トムスク、モスクワ、仁川、ロンドン、ベルリン）を訪問した」'),
        ('"international city networks such as G-NETS, C40, U20, and OECD Champion Mayors for Inclusive Growth"',
         '共同コミュニケの日本語文：「G-NETS、C40、U20、OECD チャンピオン・メイヤーズ包括的成長イニシアティブ等の国際都市ネットワーク」'),
        ('"international city networks such as G-NETS, C40, U20, and OECD Champion Mayors for Inclusive Growth"; Japanese text: "OECD チャンピオン・メイヤーズ包括的成長イニシアティブ"',
         '共同コミュニケの日本語文：「G-NETS、C40、U20、OECD チャンピオン・メイヤーズ包括的成長イニシアティブ等の国際都市ネットワーク」'),
        ('Linked page: "Global City Network for Sustainability(G-NETS)", June 1, 2024',
         'リンク先のページ：「Global City Network for Sustainability(G-NETS)」（2024年6月1日）'),
        ('"the Network for Crisis Management, which aims to improve crisis management capabilities for natural disasters and other risks through the sharing of experience and expertise among member cities"',
         '参考訳：「加盟都市間での経験や専門知識の共有を通じて、自然災害などのリスクに対する危機管理能力の向上を目指す危機管理ネットワーク（Network for Crisis Management）」')
       ) AS v (detail, detail_ja)
 WHERE c.detail = v.detail;

UPDATE network_partner SET detail_ja =
       '共同コミュニケの日本語文（ローマ市長の発言）：「G-NETS、C40、U20、OECD チャンピオン・メイヤーズ包括的成長イニシアティブ等の国際都市ネットワークにおける協働」'
 WHERE detail = '"collaboration within international city networks such as G-NETS, C40, U20, and OECD Champion Mayors for Inclusive Growth" (the Mayor of Rome)';

-- The notes on the relationships themselves (shown under "About the relationship").
UPDATE partner SET relationship_note = v.note, relationship_note_ja = v.note_ja
  FROM (VALUES
        ('paris', 'Paris calls only one city its twin city (“twinning”): Rome. Its relationship with Tokyo is a friendship.',
         'パリ市が姉妹都市（twinning）と呼ぶのはローマ市だけであり、東京都との関係は友好都市である。'),
        ('new-south-wales', 'New South Wales calls it a sister state relationship; a page of the Tokyo Metropolitan Government calls it a friendship.',
         'ニューサウスウェールズ州側は姉妹州と呼んでいるが、東京都のページでは友好提携とされている。'),
        ('seoul', 'Tokyo calls Seoul a friendship city; other sources often call it a sister city.',
         '東京都はソウル特別市を友好都市と呼んでいるが、他の資料では姉妹都市と呼ばれることも多い。')
       ) AS v (slug, note, note_ja)
 WHERE partner.slug = v.slug;
