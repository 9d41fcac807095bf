-- Links between the seeded networks (V10) and the seeded partners, meetings and agreements, only
-- where a source document makes them:
-- * the Rome communiqué of 5 February 2026 (source 000): the Mayor of Rome "highlighted the shared
--   priorities ... including collaboration within international city networks such as G-NETS, C40,
--   U20, and OECD Champion Mayors for Inclusive Growth". Rome is recorded as a member of those four
--   on the Mayor's (the partner's) word; the communiqué and the meeting at which it was issued
--   concern them.
-- * "Tokyo ... served as the chair in 2019, and in the same year, held the U20 Mayors Summit"
--   (source 001): the summit of 2019 is a U20 meeting.
-- No other partner is named as a member of a network in the documents.

INSERT INTO network_partner (network_id, partner_id, source_id, voice, detail)
SELECT n.id, p.id, s.id, 'PARTNER',
       '"collaboration within international city networks such as G-NETS, C40, U20, and OECD Champion Mayors for Inclusive Growth" (the Mayor of Rome)'
  FROM network n, partner p, source s
 WHERE n.slug IN ('g-nets', 'c40', 'u20', 'oecd-champion-mayors')
   AND p.slug = 'rome'
   AND s.code = 'tmg-rome-communique-2026';

INSERT INTO network_agreement (network_id, agreement_id)
SELECT n.id, a.id
  FROM network n, agreement a
 WHERE n.slug IN ('g-nets', 'c40', 'u20', 'oecd-champion-mayors')
   AND a.title = 'Joint Communiqué of the City of Rome (Republic of Italy) and the Tokyo Metropolitan Government (Japan)';

INSERT INTO network_meeting (network_id, meeting_id)
SELECT n.id, m.id
  FROM network n, meeting m
 WHERE n.slug IN ('g-nets', 'c40', 'u20', 'oecd-champion-mayors')
   AND m.title = 'Meeting of the Governor of Tokyo and the Mayor of Rome at Rome City Hall';

INSERT INTO network_meeting (network_id, meeting_id)
SELECT n.id, m.id
  FROM network n, meeting m
 WHERE n.slug = 'u20' AND m.title = 'U20 Mayors Summit 2019';
