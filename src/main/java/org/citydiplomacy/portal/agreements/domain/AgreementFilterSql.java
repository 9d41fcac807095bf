package org.citydiplomacy.portal.agreements.domain;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.citydiplomacy.portal.agreements.AgreementFilter;
import org.citydiplomacy.portal.agreements.domain.AgreementListingQueries.Plan;
import org.citydiplomacy.portal.shared.Audience;

/**
 * A listing filter turned into SQL: fixed fragments with named parameters, never input text. Shared
 * by the listing, its facet counts, the export and the feed, so that they all select the same rows.
 */
final class AgreementFilterSql {

    private AgreementFilterSql() {
    }

    /** The partners of each agreement on a page, in signing order, as three parallel arrays. */
    static String partnersLateral(Audience audience) {
        if (!audience.isStaff()) {
            // Kept by V173's triggers: one index lookup per row instead of an aggregate.
            return """
                    LEFT JOIN LATERAL (
                        SELECT k.partner_slugs, k.partner_names, k.partner_names_ja
                          FROM agreement_published_partners k
                         WHERE k.agreement_id = a.id) ps ON true
                    """;
        }
        return """
                LEFT JOIN LATERAL (
                    SELECT array_agg(p.slug ORDER BY ap.position, p.name) AS partner_slugs,
                           array_agg(p.name ORDER BY ap.position, p.name) AS partner_names,
                           array_agg(coalesce(p.name_ja, '') ORDER BY ap.position, p.name) AS partner_names_ja
                      FROM agreement_partner ap JOIN partner p ON p.id = ap.partner_id
                     WHERE ap.agreement_id = a.id AND %s) ps ON true
                """.formatted(audience.visibilityCondition("p.visibility"));
    }

    /** Characters of context before the first match in a search result's excerpt, and in all. */
    static final int EXCERPT_BEFORE = 60;
    static final int EXCERPT_LENGTH = 220;

    /**
     * Where the word {@code :hit} first occurs in each agreement of a page, with the text around it:
     * titles, summaries, full texts, published documents (by file name), then published partners'
     * names, the parts {@code search_text} is made of (V110). Staff notes are not among them.
     * The places are tried in that order and the first that has the word ends the search: an Append
     * runs its parts one after the other, so a word in the title never lowers the case of kilobytes
     * of full text in two languages (sorting every place by rank did, about 0.25 ms a result).
     */
    static String matchLateral() {
        return """
                LEFT JOIN LATERAL (
                    SELECT f.place AS match_place, f.source AS match_source,
                           substring(f.body FROM greatest(1, f.at - %1$d) FOR %2$d) AS match_text,
                           f.at > %1$d + 1 AS match_cut_start,
                           greatest(1, f.at - %1$d) + %2$d <= length(f.body) AS match_cut_end
                      FROM (SELECT s.place, s.source, s.body, strpos(lower(s.body), :hit) AS at FROM (
                              SELECT 'TITLE' AS place, NULL::text AS source, a.title::text AS body
                              UNION ALL SELECT 'TITLE', NULL, a.title_ja
                              UNION ALL SELECT 'SUMMARY', NULL, a.summary
                              UNION ALL SELECT 'SUMMARY', NULL, a.summary_ja
                              UNION ALL (SELECT 'TEXT', t.language, concat_ws(' ', t.title, t.body)
                                           FROM agreement_text t WHERE t.agreement_id = a.id ORDER BY t.language)
                              UNION ALL (SELECT 'DOCUMENT', d.filename, d.extracted_text
                                           FROM agreement_document d
                                          WHERE d.agreement_id = a.id AND d.visibility = 'PUBLISHED' ORDER BY d.filename)
                              UNION ALL (SELECT 'PARTNER', NULL, concat_ws(' · ', p.name, p.name_ja, p.official_name)
                                           FROM agreement_partner ap JOIN partner p ON p.id = ap.partner_id
                                          WHERE ap.agreement_id = a.id AND p.visibility = 'PUBLISHED'
                                          ORDER BY ap.position, p.name)) s) f
                     WHERE f.at > 0
                     LIMIT 1) m ON true
                """.formatted(EXCERPT_BEFORE, EXCERPT_LENGTH);
    }

    /**
     * The rows a filter selects, as a FROM source named {@code a} and its WHERE clause: fixed SQL
     * fragments with named parameters, never input text. Both plans select the same rows; they
     * differ in what the planner can use an index for. When words are found through the search
     * index first ({@link Plan#MATCHES_FIRST}), the source is the index's matches
     * ({@code agreement_search_matches}, V160: their id, visibility, type, date and title), not the
     * agreement table.
     */
    static Where where(AgreementFilter filter, Audience audience, Plan plan) {
        Conditions c = conditions(filter, audience, plan);
        StringBuilder sql = new StringBuilder(c.visibility());
        for (String part : new String[] { c.partner(), c.type(), c.area(), c.dates(), c.words() }) {
            if (part != null) {
                sql.append(" AND ").append(part);
            }
        }
        return new Where(c.source(), sql.toString(), c.params());
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
        List<String> documentQueries = new ArrayList<>();
        List<String> exact = new ArrayList<>();
        List<String> given = filter.words();
        for (int i = 0; i < given.size(); i++) {
            String word = given.get(i);
            SearchWords.Lookup lookup = SearchWords.lookup(word);
            if (lookup.latin() != null) {
                // Stemmed and as typed: 'english' drops stop words ("the"), 'simple' keeps them; as
                // typed only when the stem does not cover it (V170).
                documentQueries.add("search_latin_query(:latin" + i + ")");
                params.put("latin" + i, lookup.latin());
            }
            if (lookup.cjk() != null) {
                documentQueries.add("CAST(:cjk" + i + " AS tsquery)");
                params.put("cjk" + i, lookup.cjk());
            }
            if (lookup.exact() || !lookup.indexed()) {
                // Same meaning as LIKE '%word%', but no index offers to serve it: a test on rows
                // found otherwise.
                words.add("strpos(a.search_text, :word" + i + ") > 0");
                exact.add(":word" + i);
                params.put("word" + i, word);
            }
        }
        String matchQuery = null;
        if (!documentQueries.isEmpty()) {
            String query = String.join(" && ", documentQueries);
            if (plan == Plan.ORDER_FIRST) {
                // As a function call rather than the @@ operator, no index offers to serve it, so
                // the listing's order index is read and each row tested.
                words.add(0, "ts_match_vq(a.search_vector, " + query + ")");
            }
            else {
                // Found through the index, the words typed as they are checked on what it found.
                matchQuery = query;
                words.clear();
            }
        }
        return new Conditions(audience.visibilityCondition("a.visibility"), partner, type, area,
                dates.isEmpty() ? null : String.join(" AND ", dates),
                words.isEmpty() ? null : String.join(" AND ", words), matchQuery,
                "CAST(ARRAY[" + String.join(", ", exact) + "] AS text[])", !exact.isEmpty(), params);
    }

    /** The agreement table as the rows a filter reads, when no search word is found through the index first. */
    static final String AGREEMENTS = "agreement a";

    static String flag(String condition) {
        return condition == null ? "true" : "(" + condition + ")";
    }

    /**
     * Each filter's condition on its own, null when that filter is not set; {@code checkedAsTyped} when some
     * word is also looked for as typed in the search text ({@code matchExact}).
     */
    record Conditions(String visibility, String partner, String type, String area, String dates,
            String words, String matchQuery, String matchExact, boolean checkedAsTyped, Map<String, Object> params) {

        /** Where the rows come from: the agreements, or the search index's matches of the words. */
        String source() {
            return matchQuery == null ? AGREEMENTS : matches("NULL");
        }

        /** The search index's matches (V160), at most {@code max} of them: a parameter, or NULL for all. */
        String matches(String max) {
            return "agreement_search_matches(" + matchQuery + ", " + matchExact
                    + ", CAST(ARRAY[:visible] AS text[]), " + max + ") a";
        }

        /** Words that are found through the index, or checked as typed on every row. */
        boolean searched() {
            return matchQuery != null || words != null;
        }

        /** No filter but words found through the index. */
        boolean wordsAlone() {
            return matchQuery != null && partner == null && type == null && area == null && dates == null && words == null;
        }
    }

    /**
     * The FROM source (alias {@code a}) and WHERE clause of a filter, and their parameters. The
     * source is {@link #AGREEMENTS} or the search index's matches, which have only some of an
     * agreement's columns: {@link #onAgreements()} is the same selection over the agreement table.
     */
    record Where(String from, String sql, Map<String, Object> params) {

        /** The WHERE clause over {@code agreement a}, for readers of other columns than the matches have. */
        String onAgreements() {
            return from.equals(AGREEMENTS) ? sql
                    : sql + " AND a.id IN (SELECT a.id FROM " + from + ")";
        }
    }
}
