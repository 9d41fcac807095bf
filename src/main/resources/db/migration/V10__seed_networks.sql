-- City networks named in the source documents. Joined dates only where a document states
-- one (only the U20). Japanese names as the Rome communiqué's Japanese text writes them.

INSERT INTO network (slug, name, name_ja, description, description_ja,
                     joined_on, joined_on_precision, membership_note, membership_note_ja)
VALUES
    ('u20', 'U20 (Urban 20)', 'U20',
     'A network of cities, based on the recognition that cities play an important role in creating a sustainable and inclusive world, that brings together the experiences and views of the participating cities and produces a communique proposing recommendations to the G20.',
     '持続可能で包摂的な世界をつくる上で都市が重要な役割を担うとの認識に基づき、参加都市の経験と見解を集約し、G20への提言をまとめたコミュニケを作成する都市ネットワーク。',
     DATE '2018-01-24', 'DAY',
     'Chair in 2019; hosted the U20 Mayors Summit in Tokyo.',
     '2019年に議長を務め、同年、東京でU20メイヤーズ・サミットを開催した。'),
    ('c40', 'C40 Cities Climate Leadership Group', 'C40',
     'An international city network named in the Rome communiqué of 2026 among the networks for collaboration between Rome and Tokyo.',
     '2026年のローマ市との共同コミュニケで、ローマ市と東京都の協働の場として挙げられた国際都市ネットワーク。',
     NULL, NULL, NULL, NULL),
    ('g-nets', 'Global City Network for Sustainability', 'G-NETS',
     'An international city network (G-NETS) named in the Rome communiqué of 2026 among the networks for collaboration between Rome and Tokyo.',
     '2026年のローマ市との共同コミュニケで、ローマ市と東京都の協働の場として挙げられた国際都市ネットワーク（G-NETS）。',
     NULL, NULL, NULL, NULL),
    ('oecd-champion-mayors', 'OECD Champion Mayors for Inclusive Growth', 'OECD チャンピオン・メイヤーズ包括的成長イニシアティブ',
     'An international city network named in the Rome communiqué of 2026 among the networks for collaboration between Rome and Tokyo.',
     '2026年のローマ市との共同コミュニケで、ローマ市と東京都の協働の場として挙げられた国際都市ネットワーク。',
     NULL, NULL, NULL, NULL),
    ('network-for-crisis-management', 'Network for Crisis Management', '危機管理ネットワーク',
     'A multilateral project of Tokyo that aims to improve crisis management capabilities for natural disasters and other risks through the sharing of experience and expertise among member cities. Foreign rescue teams took part in Tokyo''s FY2019 Comprehensive Disaster Management Drill.',
     '加盟都市間での経験と専門知識の共有を通じて、自然災害その他のリスクに対する危機管理能力の向上を目指す東京都の多都市間プロジェクト。2019年度の東京都総合防災訓練には海外の救助隊が参加した。',
     NULL, NULL, NULL, NULL);

INSERT INTO citation (source_id, subject_type, subject_id, voice, detail)
SELECT s.id, 'NETWORK', n.id, 'CITY', c.detail
  FROM (VALUES
        ('u20', 'tmg-international-strategy',
         '"Tokyo joined the U20 on January 24, 2018, served as the chair in 2019, and in the same year, held the U20 Mayors Summit."'),
        ('u20', 'tmg-rome-communique-2026',
         '"international city networks such as G-NETS, C40, U20, and OECD Champion Mayors for Inclusive Growth"'),
        ('c40', 'tmg-rome-communique-2026',
         '"international city networks such as G-NETS, C40, U20, and OECD Champion Mayors for Inclusive Growth"'),
        ('g-nets', 'tmg-rome-communique-2026',
         '"international city networks such as G-NETS, C40, U20, and OECD Champion Mayors for Inclusive Growth"'),
        ('g-nets', 'tmg-international-strategy',
         'Linked page: "Global City Network for Sustainability(G-NETS)", June 1, 2024'),
        ('oecd-champion-mayors', 'tmg-rome-communique-2026',
         '"international city networks such as G-NETS, C40, U20, and OECD Champion Mayors for Inclusive Growth"; Japanese text: "OECD チャンピオン・メイヤーズ包括的成長イニシアティブ"'),
        ('network-for-crisis-management', 'tmg-international-strategy',
         '"the Network for Crisis Management, which aims to improve crisis management capabilities for natural disasters and other risks through the sharing of experience and expertise among member cities"')
       ) AS c (slug, code, detail)
  JOIN network n ON n.slug = c.slug
  JOIN source s ON s.code = c.code;
