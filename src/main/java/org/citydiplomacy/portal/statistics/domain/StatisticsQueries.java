package org.citydiplomacy.portal.statistics.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.citydiplomacy.portal.shared.Audience;
import org.citydiplomacy.portal.statistics.Dimension;
import org.citydiplomacy.portal.statistics.Figure;
import org.citydiplomacy.portal.statistics.Statistics;
import org.citydiplomacy.portal.statistics.StatisticsFilter;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Every figure of the statistics page in one statement: the filtered published agreements and
 * meetings are read once each and grouped by the database, one group per dimension. Partners count
 * for a continent only if they are published too.
 */
@Repository
public class StatisticsQueries {

    private static final String PUBLISHED = Audience.PUBLIC.visibilityCondition("%s.visibility");

    private final JdbcClient jdbc;

    StatisticsQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Statistics statistics(StatisticsFilter filter) {
        StringBuilder agreements = new StringBuilder("WHERE " + PUBLISHED.formatted("a"));
        StringBuilder meetings = new StringBuilder("WHERE " + PUBLISHED.formatted("m"));
        Map<String, Object> params = new LinkedHashMap<>();
        if (filter.partner() != null) {
            agreements.append(" AND EXISTS (SELECT 1 FROM agreement_partner ap JOIN partner p ON p.id = ap.partner_id"
                    + " WHERE ap.agreement_id = a.id AND p.slug = :partner AND " + PUBLISHED.formatted("p") + ")");
            meetings.append(" AND EXISTS (SELECT 1 FROM meeting_partner mp JOIN partner p ON p.id = mp.partner_id"
                    + " WHERE mp.meeting_id = m.id AND p.slug = :partner AND " + PUBLISHED.formatted("p") + ")");
            params.put("partner", filter.partner());
        }
        if (filter.type() != null) {
            agreements.append(" AND a.type = :type");
            params.put("type", filter.type().name());
        }
        if (filter.area() != null) {
            agreements.append(" AND EXISTS (SELECT 1 FROM agreement_area fa WHERE fa.agreement_id = a.id AND fa.area = :area)");
            params.put("area", filter.area().name());
        }
        if (filter.from() != null) {
            agreements.append(" AND a.signed_on >= :from");
            meetings.append(" AND m.held_on >= :from");
            params.put("from", filter.from());
        }
        if (filter.to() != null) {
            agreements.append(" AND a.signed_on <= :to");
            meetings.append(" AND m.held_on <= :to");
            params.put("to", filter.to());
        }
        var statement = jdbc.sql("""
                WITH a AS MATERIALIZED (
                    SELECT a.id, a.type, extract(year FROM a.signed_on)::int AS year FROM agreement a %s
                ), m AS MATERIALIZED (
                    SELECT extract(year FROM m.held_on)::int AS year FROM meeting m %s
                )
                SELECT 'TOTAL_AGREEMENTS' AS dimension, '' AS key, count(*) AS n FROM a
                UNION ALL
                SELECT 'TOTAL_MEETINGS', '', count(*) FROM m
                UNION ALL
                SELECT 'AGREEMENTS_BY_YEAR', year::text, count(*) FROM a GROUP BY year
                UNION ALL
                SELECT 'AGREEMENTS_BY_TYPE', type, count(*) FROM a GROUP BY type
                UNION ALL
                SELECT 'AGREEMENTS_BY_CONTINENT', coalesce(cc.continent, 'XX'), count(DISTINCT a.id)
                  FROM a JOIN agreement_partner ap ON ap.agreement_id = a.id
                  JOIN partner p ON p.id = ap.partner_id AND %s
                  LEFT JOIN country_continent cc ON cc.country = p.country
                 GROUP BY coalesce(cc.continent, 'XX')
                UNION ALL
                SELECT 'AGREEMENTS_BY_AREA', aa.area, count(*) FROM a JOIN agreement_area aa ON aa.agreement_id = a.id
                 GROUP BY aa.area
                UNION ALL
                SELECT 'MEETINGS_BY_YEAR', year::text, count(*) FROM m GROUP BY year""".formatted(agreements, meetings,
                        PUBLISHED.formatted("p"))).params(params);
        long[] totals = new long[2];
        Map<Dimension, List<Figure>> figures = new EnumMap<>(Dimension.class);
        statement.query(rs -> {
            String dimension = rs.getString("dimension");
            long n = rs.getLong("n");
            switch (dimension) {
                case "TOTAL_AGREEMENTS" -> totals[0] = n;
                case "TOTAL_MEETINGS" -> totals[1] = n;
                default -> figures.computeIfAbsent(Dimension.valueOf(dimension), d -> new ArrayList<>())
                        .add(new Figure(rs.getString("key"), n));
            }
        });
        return new Statistics(totals[0], totals[1], ordered(figures));
    }

    private static Map<Dimension, List<Figure>> ordered(Map<Dimension, List<Figure>> figures) {
        Map<Dimension, List<Figure>> result = new EnumMap<>(Dimension.class);
        List<Figure> years = sortedByYear(figures.getOrDefault(Dimension.AGREEMENTS_BY_YEAR, List.of()));
        result.put(Dimension.AGREEMENTS_BY_YEAR, years);
        result.put(Dimension.AGREEMENTS_BY_DECADE, decades(years));
        for (Dimension d : List.of(Dimension.AGREEMENTS_BY_TYPE, Dimension.AGREEMENTS_BY_CONTINENT,
                Dimension.AGREEMENTS_BY_AREA)) {
            result.put(d, figures.getOrDefault(d, List.of()).stream()
                    .sorted(Comparator.comparingLong(Figure::count).reversed().thenComparing(Figure::key)).toList());
        }
        result.put(Dimension.MEETINGS_BY_YEAR, sortedByYear(figures.getOrDefault(Dimension.MEETINGS_BY_YEAR, List.of())));
        return result;
    }

    private static List<Figure> sortedByYear(List<Figure> figures) {
        return figures.stream().sorted(Comparator.comparingInt(f -> Integer.parseInt(f.key()))).toList();
    }

    /** The years' figures added up by decade, keyed by the decade's first year. */
    private static List<Figure> decades(List<Figure> years) {
        Map<Integer, Long> byDecade = new TreeMap<>();
        for (Figure year : years) {
            byDecade.merge(Integer.parseInt(year.key()) / 10 * 10, year.count(), Long::sum);
        }
        return byDecade.entrySet().stream().map(e -> new Figure(Integer.toString(e.getKey()), e.getValue())).toList();
    }
}
