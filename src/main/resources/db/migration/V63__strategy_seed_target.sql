-- The target of the TMG Basic Strategy for City Diplomacy of December 2014, as the Governor's statement on
-- it gives it (source 004): "Tokyo aims to build and strengthen relations with 30 cities by 2020." Counted
-- from the strategy's month (December 2014; the statement: "In December last year, we compiled the TMG
-- Basic Strategy for City Diplomacy"), to the end of 2020, by the partners with which an agreement was
-- signed or a meeting held: the records' measure of a relation built or strengthened.
INSERT INTO strategy_target (title, title_ja, description, description_ja, target_count,
                             counts_from, counts_from_precision, deadline, deadline_precision, counting_rule,
                             source_id, source_detail)
SELECT 'Build and strengthen relations with 30 cities by 2020',
       '2020年までに30都市との関係を構築・強化する',
       'The target of the TMG Basic Strategy for City Diplomacy, compiled in December 2014 to advance Tokyo''s city diplomacy in a more strategic and comprehensive manner, for three objectives: the successful delivery of the 2020 Games, solving issues common to the world''s metropolises, and making Tokyo a global city.',
       '都市外交をより戦略的・総合的に進めるため2014年12月に策定された「東京都都市外交基本戦略」の目標。同戦略は、2020年大会の成功、世界の大都市に共通する課題の解決、東京のグローバル都市化の三つを目的とする。',
       30, DATE '2014-12-01', 'MONTH', DATE '2020-01-01', 'YEAR', 'PARTNERS_WITH_AGREEMENT_OR_MEETING',
       s.id, '"Tokyo aims to build and strengthen relations with 30 cities by 2020."'
  FROM source s WHERE s.code = 'tmg-city-diplomacy-statement-2014';
