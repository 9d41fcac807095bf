package org.citydiplomacy.portal.strategy.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.citydiplomacy.portal.shared.PartialDate;
import org.citydiplomacy.portal.shared.Sql;
import org.citydiplomacy.portal.strategy.CountingRule;
import org.citydiplomacy.portal.strategy.TargetCommand;
import org.citydiplomacy.portal.strategy.TargetProgress;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The targets and their progress in one statement. The records a target counts are the published
 * agreements and meetings dated from its start to today; a partner counts only if it is published
 * too, and once, in the year of its first such record. Dates known only to the month or the year
 * count from the first day of that period.
 */
@Repository
public class TargetQueries {

    private final JdbcClient jdbc;
    private final JsonMapper json;

    TargetQueries(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    public List<TargetProgress> progress() {
        return jdbc.sql("""
                WITH t AS (
                    SELECT st.*,
                           CASE st.deadline_precision WHEN 'YEAR' THEN (st.deadline + interval '1 year' - interval '1 day')::date
                                WHEN 'MONTH' THEN (st.deadline + interval '1 month' - interval '1 day')::date
                                ELSE st.deadline END AS deadline_end
                      FROM strategy_target st
                ), e AS (
                    SELECT 'AGREEMENT' AS kind, a.id AS record_id, a.signed_on AS on_date, p.id AS partner_id
                      FROM agreement a
                      LEFT JOIN agreement_partner ap ON ap.agreement_id = a.id
                      LEFT JOIN partner p ON p.id = ap.partner_id AND p.visibility = 'PUBLISHED'
                     WHERE a.visibility = 'PUBLISHED' AND a.signed_on <= current_date
                    UNION ALL
                    SELECT 'MEETING', m.id, m.held_on, p.id
                      FROM meeting m
                      LEFT JOIN meeting_partner mp ON mp.meeting_id = m.id
                      LEFT JOIN partner p ON p.id = mp.partner_id AND p.visibility = 'PUBLISHED'
                     WHERE m.visibility = 'PUBLISHED' AND m.held_on <= current_date
                ), counted AS (
                    SELECT t.id AS target_id, min(e.on_date) AS counted_on
                      FROM t JOIN e ON e.on_date >= t.counts_from AND e.partner_id IS NOT NULL
                       AND (t.counting_rule = 'PARTNERS_WITH_AGREEMENT_OR_MEETING'
                            OR t.counting_rule = 'PARTNERS_WITH_AGREEMENT' AND e.kind = 'AGREEMENT')
                     GROUP BY t.id, e.partner_id
                    UNION ALL
                    SELECT t.id, r.on_date
                      FROM t JOIN (SELECT DISTINCT kind, record_id, on_date FROM e) r ON r.on_date >= t.counts_from
                       AND (t.counting_rule = 'AGREEMENTS_SIGNED' AND r.kind = 'AGREEMENT'
                            OR t.counting_rule = 'MEETINGS_HELD' AND r.kind = 'MEETING')
                )
                SELECT t.*, s.title AS source_title, s.publisher AS source_publisher,
                       (SELECT count(*) FROM counted c WHERE c.target_id = t.id AND c.counted_on <= t.deadline_end)
                           AS reached_by_deadline,
                       (SELECT count(*) FROM counted c WHERE c.target_id = t.id) AS reached_today,
                       (SELECT coalesce(json_object_agg(y.year, y.n), '{}')
                          FROM (SELECT extract(year FROM c.counted_on)::int AS year, count(*) AS n
                                  FROM counted c WHERE c.target_id = t.id GROUP BY 1) y) AS years_json
                  FROM t LEFT JOIN source s ON s.id = t.source_id
                 ORDER BY t.deadline, t.id""")
                .query((rs, row) -> {
                    PartialDate countsFrom = Sql.partialDate(rs, "counts_from");
                    Map<Integer, Long> added = json.readValue(rs.getString("years_json"),
                            new TypeReference<TreeMap<Integer, Long>>() { });
                    String sourceTitle = rs.getString("source_title");
                    String note = rs.getString("source_note");
                    return new TargetProgress(rs.getLong("id"), rs.getString("title"), rs.getString("title_ja"),
                            rs.getString("description"), rs.getString("description_ja"), rs.getInt("target_count"),
                            countsFrom, Sql.partialDate(rs, "deadline"),
                            CountingRule.valueOf(rs.getString("counting_rule")),
                            sourceTitle == null && note == null ? null : new TargetProgress.Source(sourceTitle,
                                    rs.getString("source_publisher"), rs.getString("source_detail"), note),
                            rs.getLong("reached_by_deadline"), rs.getLong("reached_today"),
                            years(countsFrom.year(), LocalDate.now().getYear(), added));
                })
                .list();
    }

    /** Every year from the start to this one, with what it added and the total so far. */
    static List<TargetProgress.Year> years(int first, int last, Map<Integer, Long> added) {
        List<TargetProgress.Year> years = new ArrayList<>();
        long total = 0;
        for (int year = first; year <= Math.max(first, last); year++) {
            long n = added.getOrDefault(year, 0L);
            total += n;
            years.add(new TargetProgress.Year(year, n, total));
        }
        return years;
    }

    public long insert(TargetCommand command, String by) {
        return jdbc.sql("""
                INSERT INTO strategy_target (title, title_ja, description, description_ja, target_count,
                                             counts_from, counts_from_precision, deadline, deadline_precision,
                                             counting_rule, source_note, created_by)
                VALUES (:title, :titleJa, :description, :descriptionJa, :count, :from, :fromPrecision, :deadline,
                        :deadlinePrecision, :rule, :note, :by)
                RETURNING id""")
                .param("title", command.title().strip())
                .param("titleJa", command.titleJa().strip())
                .param("description", blankToNull(command.description()))
                .param("descriptionJa", blankToNull(command.descriptionJa()))
                .param("count", command.targetCount())
                .param("from", command.countsFrom().start())
                .param("fromPrecision", command.countsFrom().precision().name())
                .param("deadline", command.deadline().start())
                .param("deadlinePrecision", command.deadline().precision().name())
                .param("rule", command.rule().name())
                .param("note", blankToNull(command.sourceNote()))
                .param("by", by)
                .query(Long.class)
                .single();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
