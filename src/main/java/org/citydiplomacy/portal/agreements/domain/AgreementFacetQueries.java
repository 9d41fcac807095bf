package org.citydiplomacy.portal.agreements.domain;

import static org.citydiplomacy.portal.agreements.domain.AgreementFilterSql.conditions;
import static org.citydiplomacy.portal.agreements.domain.AgreementFilterSql.flag;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

import org.citydiplomacy.portal.agreements.AgreementFacets;
import org.citydiplomacy.portal.agreements.AgreementFilter;
import org.citydiplomacy.portal.agreements.AgreementType;
import org.citydiplomacy.portal.agreements.CooperationArea;
import org.citydiplomacy.portal.agreements.domain.AgreementFilterSql.Conditions;
import org.citydiplomacy.portal.agreements.domain.AgreementListingQueries.Plan;
import org.citydiplomacy.portal.partners.PartnerRef;
import org.citydiplomacy.portal.shared.Audience;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The listing's facet counts: how many agreements each filter option would give, the other filters
 * staying as they are, and the total; always in one statement. Without words they are counted
 * from the narrow facet rows (V150), not from the agreements' wide rows, and a facet whose other
 * filters are all unset (the whole listing's types, years, areas or partners: every facet of an unfiltered page,
 * all but one of a page filtered once) is read from the counts the database keeps
 * ({@code agreement_facet_count}) instead of being counted again.
 */
@Repository
public class AgreementFacetQueries {

    private enum Facet {
        TYPE, YEAR, AREA, PARTNER
    }

    private final JdbcClient jdbc;

    AgreementFacetQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public AgreementFacets facets(AgreementFilter filter, Audience audience) {
        return facets(filter, audience, null);
    }

    /**
     * The facets, with the partner options' counts given when they are known: without words they
     * depend only on the other filters, not on the partner chosen, so they need not be counted again
     * for every partner chosen with the same other filters (a pass over every agreement those filters
     * give, most of this statement's time). Null counts them.
     */
    public AgreementFacets facets(AgreementFilter filter, Audience audience,
            List<AgreementFacets.PartnerCount> knownPartners) {
        Conditions c = conditions(filter, audience, Plan.MATCHES_FIRST);
        // Words alone: at most one more match than the limit is read, to know whether there are more.
        String from = c.wordsAlone() ? c.matches(":count_limit") : c.source();
        boolean countPartners = knownPartners == null || c.searched();
        String sql = (c.searched() ? searched(c, from, c.wordsAlone()) : byFacet(c, countPartners))
                + (filter.partner() == null ? "" : """
                 UNION ALL
                 SELECT 'chosen', p.slug, 0, p.name, p.name_ja FROM partner p
                  WHERE p.slug = :partner AND p.visibility IN (:visible)
                """);
        long[] total = { 0 };
        Map<String, AgreementFacets.PartnerCount> partners = new LinkedHashMap<>();
        Map<AgreementType, Long> types = new EnumMap<>(AgreementType.class);
        Map<CooperationArea, Long> areas = new EnumMap<>(CooperationArea.class);
        NavigableMap<Integer, Long> years = new TreeMap<>();
        for (AgreementType t : AgreementType.values()) {
            types.put(t, 0L);
        }
        for (CooperationArea a : CooperationArea.values()) {
            areas.put(a, 0L);
        }
        if (!countPartners) {
            knownPartners.forEach(p -> partners.put(p.partner().slug(), p));
        }
        jdbc.sql(sql).params(c.params()).param("count_limit", AgreementFacets.SEARCH_COUNT_LIMIT + 1).query(rs -> {
            String key = rs.getString("key");
            long n = rs.getLong("n");
            switch (rs.getString("facet")) {
                case "total" -> total[0] = n;
                case "type" -> types.put(AgreementType.valueOf(key), n);
                case "year" -> years.put(Integer.valueOf(key), n);
                case "area" -> areas.put(CooperationArea.valueOf(key), n);
                case "partner" -> partners.put(key, new AgreementFacets.PartnerCount(
                        new PartnerRef(key, rs.getString("name"), rs.getString("name_ja")), n));
                default -> partners.putIfAbsent(key, new AgreementFacets.PartnerCount(
                        new PartnerRef(key, rs.getString("name"), rs.getString("name_ja")), 0));
            }
        });
        if (c.wordsAlone() && total[0] > AgreementFacets.SEARCH_COUNT_LIMIT) {
            // Counted from some of the matches only: the caller offers the whole listing's options.
            return AgreementFacets.uncounted(AgreementFacets.SEARCH_COUNT_LIMIT);
        }
        return AgreementFacets.of(total[0], partners.values(), types, areas, years);
    }

    /**
     * Without words, each facet on its own: counted from the facet rows that pass the other
     * filters, or read from the kept counts when no other filter is set.
     */
    private static String byFacet(Conditions c, boolean countPartners) {
        String all = rowsWhere(c, null);
        String total = all == null
                ? "SELECT 'total' AS facet, NULL AS key, coalesce(sum(n), 0) AS n, NULL AS name, NULL AS name_ja"
                        + " FROM agreement_facet_count WHERE facet = 'type' AND visibility IN (:visible)"
                : "SELECT 'total' AS facet, NULL AS key, count(*) AS n, NULL AS name, NULL AS name_ja"
                        + " FROM agreement_facet a WHERE " + all;
        return total
                + " UNION ALL " + counted(c, Facet.TYPE, "a.type", "")
                + " UNION ALL " + counted(c, Facet.YEAR, "extract(year FROM a.signed_on)::int::text", "")
                + " UNION ALL " + counted(c, Facet.AREA, "x.value", " CROSS JOIN LATERAL unnest(a.areas) AS x(value)")
                + (countPartners ? " UNION ALL SELECT 'partner', p.slug, c.n, p.name, p.name_ja FROM ("
                        + partnerCounts(c) + ") c JOIN partner p ON p.id = c.partner_id WHERE p.visibility IN (:visible)"
                        : "");
    }

    /** One facet's counts by its key: kept, or counted from the rows passing the other filters. */
    private static String counted(Conditions c, Facet facet, String key, String unnest) {
        String name = facet.name().toLowerCase();
        String where = rowsWhere(c, facet);
        if (where == null) {
            return "SELECT '" + name + "', key, sum(n), NULL, NULL FROM agreement_facet_count"
                    + " WHERE facet = '" + name + "' AND visibility IN (:visible) GROUP BY key HAVING sum(n) > 0";
        }
        return "SELECT '" + name + "', " + key + ", count(*), NULL, NULL FROM agreement_facet a" + unnest
                + " WHERE " + where + " GROUP BY 2";
    }

    private static String partnerCounts(Conditions c) {
        String where = rowsWhere(c, Facet.PARTNER);
        if (where == null) {
            return "SELECT key::bigint AS partner_id, sum(n) AS n FROM agreement_facet_count"
                    + " WHERE facet = 'partner' AND visibility IN (:visible) GROUP BY key HAVING sum(n) > 0";
        }
        return "SELECT x.value AS partner_id, count(*) AS n FROM agreement_facet a"
                + " CROSS JOIN LATERAL unnest(a.partner_ids) AS x(value) WHERE " + where + " GROUP BY 1";
    }

    /**
     * The conditions of every filter set but {@code except}'s, with the visibility's; null when no
     * other filter is set, so that the kept counts answer.
     */
    private static String rowsWhere(Conditions c, Facet except) {
        List<String> parts = new ArrayList<>();
        add(parts, except == Facet.PARTNER ? null : c.partner());
        add(parts, except == Facet.TYPE ? null : c.type());
        add(parts, except == Facet.AREA ? null : c.area());
        add(parts, except == Facet.YEAR ? null : c.dates());
        if (parts.isEmpty()) {
            return null;
        }
        parts.add(0, c.visibility());
        return String.join(" AND ", parts);
    }

    private static void add(List<String> parts, String condition) {
        if (condition != null) {
            parts.add(condition);
        }
    }

    /**
     * With words: the matching agreements are found once through the search index (a text search is
     * worth reading once), each marked with whether it passes each other filter; each facet then
     * counts the rows that pass all the filters but its own. Read from the agreements themselves, as
     * before V150: the matches are found in the agreements' search index either way, and counting them
     * from the facet rows as well was no faster on the benchmark's word rows. When the matches are
     * read up to the counting limit ({@code limited}), the options are counted only if the limit was
     * not reached: past it they are not shown, and counting them was a third of this statement's time
     * for a common word (docs/performance.md).
     */
    private static String searched(Conditions c, String from, boolean limited) {
        // Counted once (a CTE named four times is materialised once), tested by each option's count.
        String counted = limited ? " AND (SELECT shown FROM limit_check)" : "";
        return "WITH base AS MATERIALIZED (SELECT a.id, a.type, extract(year FROM a.signed_on)::int AS y, "
                + flag(c.partner()) + " AS m_partner, " + flag(c.type()) + " AS m_type, " + flag(c.area()) + " AS m_area, "
                + flag(c.dates()) + " AS m_dates FROM " + from + " WHERE " + c.visibility()
                + (c.words() == null ? "" : " AND " + c.words()) + ")"
                + (limited ? ", limit_check AS (SELECT count(*) < :count_limit AS shown FROM base)" : "")
                + """
                 SELECT 'total' AS facet, NULL AS key, count(*) AS n, NULL AS name, NULL AS name_ja
                   FROM base WHERE m_partner AND m_type AND m_area AND m_dates
                 UNION ALL
                 SELECT 'type', type, count(*), NULL, NULL FROM base
                  WHERE m_partner AND m_area AND m_dates%1$s GROUP BY type
                 UNION ALL
                 SELECT 'year', y::text, count(*), NULL, NULL FROM base
                  WHERE m_partner AND m_type AND m_area%1$s GROUP BY y
                 UNION ALL
                 SELECT 'area', ar.area, count(*), NULL, NULL
                   FROM base b JOIN agreement_area ar ON ar.agreement_id = b.id
                  WHERE m_partner AND m_type AND m_dates%1$s GROUP BY ar.area
                 UNION ALL
                 SELECT 'partner', p.slug, count(*), p.name, p.name_ja
                   FROM base b JOIN agreement_partner ap ON ap.agreement_id = b.id JOIN partner p ON p.id = ap.partner_id
                  WHERE p.visibility IN (:visible) AND m_type AND m_area AND m_dates%1$s GROUP BY p.id
                """.formatted(counted);
    }
}
