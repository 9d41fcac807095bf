-- The public documents the seed data is taken from (see /work/shared/seeds/README.md).
-- Dates only where a document states its own date; urls are not recorded.

INSERT INTO source (code, title, publisher, url, published_on, published_on_precision) VALUES
    ('tmg-rome-communique-2026',
     'Joint Communiqué of the City of Rome (Republic of Italy) and the Tokyo Metropolitan Government (Japan)',
     'City of Rome and Tokyo Metropolitan Government', NULL, DATE '2026-02-05', 'DAY'),
    ('tmg-international-strategy',
     'Tokyo''s International Strategy',
     'Tokyo Metropolitan Government', NULL, NULL, NULL),
    ('tmg-agreements-list',
     'Agreements and Joint Statements',
     'Tokyo Metropolitan Government', NULL, NULL, NULL),
    ('tmg-helsinki-communique-2023',
     'Joint Communique Of the City of Helsinki (Republic of Finland) And the Tokyo Metropolitan Government (Japan)',
     'City of Helsinki and Tokyo Metropolitan Government', NULL, DATE '2023-08-21', 'DAY'),
    ('tmg-city-diplomacy-statement-2014',
     'Statement by the Governor of Tokyo on the TMG Basic Strategy for City Diplomacy of December 2014',
     'Tokyo Metropolitan Government', NULL, NULL, NULL),
    ('sister-cities-reference',
     'Tokyo''s 12 sister and friendship cities/states',
     NULL, NULL, NULL, NULL);
