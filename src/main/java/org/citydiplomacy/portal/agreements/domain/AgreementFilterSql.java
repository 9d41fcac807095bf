package org.citydiplomacy.portal.agreements.domain;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.citydiplomacy.portal.agreements.AgreementFilter;
import org.citydiplomacy.portal.agreements.domain.AgreementListingQueries.Plan;
import org.citydiplomacy.portal.shared.Audience;
import org.citydiplomacy.portal.shared.Sql;

/**
 * A listing filter turned into SQL: fixed fragments with named parameters, never input text. Shared
 * by the listing, its facet counts, the export and the feed, so that they all select the same rows.
 */
final class AgreementFilterSql {

    private AgreementFilterSql() {
    }

    /** The partners of each agreement on a page, in signing order, as three parallel arrays. */
    static String partnersLateral(Audience audience) {
        return """
                LEFT JOIN LATERAL (
                    SELECT array_agg(p.slug ORDER BY ap.position, p.name) AS partner_slugs,
                           array_agg(p.name ORDER BY ap.position, p.name) AS partner_names,
                           array_agg(coalesce(p.name_ja, '') ORDER BY ap.position, p.name) AS partner_names_ja
                      FROM agreement_partner ap JOIN partner p ON p.id = ap.partner_id
                     WHERE ap.agreement_id = a.id AND %s) ps ON true
                """.formatted(audience.visibilityCondition("p.visibility"));
    }

    /**
     * The WHERE clause of a filter: fixed SQL fragments with named parameters, never input text.
     * Both plans select the same rows; they differ in what the planner can use an index for.
     */
    static Where where(AgreementFilter filter, Audience audience, Plan plan) {
        Conditions c = conditions(filter, audience, plan);
        StringBuilder sql = new StringBuilder(c.visibility());
        for (String part : new String[] { c.partner(), c.type(), c.area(), c.dates(), c.words() }) {
            if (part != null) {
                sql.append(" AND ").append(part);
            }
        }
        return new Where(sql.toString(), c.params());
    }

    /** Each filter's condition on its own (null when the filter is not set), for the facet counts. */
    static Conditions conditions(AgreementFilter filter, Audience audience, Plan plan) {
        Map<String, Object> params = new HashMap<>();
        params.put("visible", audience.visibleValues());
        String partner = null;
        if (filter.partner() != null) {
            // A partner the audience may not see filters to nothing, not to its agreements.
            String partnerVisible = audience.visibilityCondition("p.visibility");
            if (plan == Plan.ORDER_FIRST) {
                // A scalar subquery stays a per-row test on the primary key of agreement_partner;
                // IN or EXISTS would be turned into a join that reads all the partner's agreements.
                partner = "(SELECT true FROM agreement_partner ap WHERE ap.agreement_id = a.id"
                        + " AND ap.partner_id = (SELECT p.id FROM partner p WHERE p.slug = :partner AND " + partnerVisible + "))";
            }
            else {
                partner = "a.id IN (SELECT ap.agreement_id FROM agreement_partner ap JOIN partner p ON p.id = ap.partner_id"
                        + " WHERE p.slug = :partner AND " + partnerVisible + ")";
            }
            params.put("partner", filter.partner());
        }
        String type = null;
        if (filter.type() != null) {
            type = "a.type = :type";
            params.put("type", filter.type().name());
        }
        String area = null;
        if (filter.area() != null) {
            area = "a.id IN (SELECT ar.agreement_id FROM agreement_area ar WHERE ar.area = :area)";
            params.put("area", filter.area().name());
        }
        List<String> dates = new ArrayList<>();
        if (filter.from() != null) {
            dates.add("a.signed_on >= :from");
            params.put("from", filter.from());
        }
        if (filter.to() != null) {
            dates.add("a.signed_on <= :to");
            params.put("to", filter.to());
        }
        List<String> words = new ArrayList<>();
        List<String> given = filter.words();
        for (int i = 0; i < given.size(); i++) {
            String word = given.get(i);
            String name = "word" + i;
            SearchWords.Kind kind = plan == Plan.ORDER_FIRST ? SearchWords.Kind.SHORT : SearchWords.kind(word);
            switch (kind) {
                case TRIGRAM -> {
                    words.add("a.search_text LIKE :" + name);
                    params.put(name, Sql.containsPattern(word));
                }
                case CJK_PAIR -> {
                    words.add("a.search_text_cjk LIKE :" + name);
                    params.put(name, Sql.containsPattern(SearchWords.doubled(word)));
                }
                case SHORT -> {
                    // Same meaning as LIKE '%word%', but no index offers to serve it: a test on
                    // rows found otherwise.
                    words.add("strpos(a.search_text, :" + name + ") > 0");
                    params.put(name, word);
                }
            }
        }
        return new Conditions(audience.visibilityCondition("a.visibility"), partner, type, area,
                dates.isEmpty() ? null : String.join(" AND ", dates),
                words.isEmpty() ? null : String.join(" AND ", words), params);
    }

    static String flag(String condition) {
        return condition == null ? "true" : "(" + condition + ")";
    }

    /** Each filter's condition on its own, null when that filter is not set. */
    record Conditions(String visibility, String partner, String type, String area, String dates,
            String words, Map<String, Object> params) {
    }

    /** The whole WHERE clause and its parameters. */
    record Where(String sql, Map<String, Object> params) {
    }
}
