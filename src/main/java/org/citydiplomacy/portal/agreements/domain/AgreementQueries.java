package org.citydiplomacy.portal.agreements.domain;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Consumer;

import org.citydiplomacy.portal.agreements.AgreementDetails;
import org.citydiplomacy.portal.agreements.AgreementDocumentFile;
import org.citydiplomacy.portal.agreements.AgreementExportRow;
import org.citydiplomacy.portal.agreements.AgreementFacets;
import org.citydiplomacy.portal.agreements.AgreementFeedItem;
import org.citydiplomacy.portal.agreements.AgreementFilter;
import org.citydiplomacy.portal.agreements.AgreementSort;
import org.citydiplomacy.portal.agreements.AgreementStatus;
import org.citydiplomacy.portal.agreements.AgreementSummary;
import org.citydiplomacy.portal.agreements.AgreementType;
import org.citydiplomacy.portal.agreements.CooperationArea;
import org.citydiplomacy.portal.partners.PartnerRef;
import org.citydiplomacy.portal.shared.Audience;
import org.citydiplomacy.portal.shared.Citation;
import org.citydiplomacy.portal.shared.PageQuery;
import org.citydiplomacy.portal.shared.Sql;
import org.citydiplomacy.portal.shared.Visibility;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Read side of agreements. A listing page is one statement, plus its count when the count is not
 * already known for the data version the page was read at; one agreement is two (the record
 * with all its small parts as JSON, then its full texts).
 */
@Repository
public class AgreementQueries {

    /** The partners of each agreement on a page, in signing order, as three parallel arrays. */
    private static String partnersLateral(Audience audience) {
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
     * How a filtered page is found. The database cannot know how many agreements a partner or a
     * word has, so the caller says which way is cheaper from the count it saw last.
     */
    public enum Plan {
        /** Find every match through the partner's links or the search indexes, then sort them: few matches. */
        MATCHES_FIRST,
        /** Read the listing's order from its index and keep the matches until the page is full: many matches. */
        ORDER_FIRST;

        /**
         * The cheaper plan for a page, given how many agreements matched the filter and how many
         * there are in all when last counted (either may be unknown). Reading the order costs about
         * (offset + size) × all / matching rows; finding the matches costs about matching rows.
         */
        public static Plan choose(AgreementFilter filter, PageQuery page, Long matching, Long all) {
            if (filter.partner() == null && filter.words().isEmpty() || matching == null || all == null || matching == 0) {
                return MATCHES_FIRST;
            }
            double readInOrder = (double) (page.offset() + page.size()) * all / matching;
            return readInOrder < matching ? ORDER_FIRST : MATCHES_FIRST;
        }
    }

    /**
     * One page of a listing and the data version it was read at ({@code -1} if the page is empty);
     * {@code fromEnd} if it was counted back from the end of the listing.
     */
    public record Page(List<AgreementSummary> rows, long dataVersion, boolean fromEnd) {
    }

    private static final int EXPORT_FETCH_SIZE = 500;

    private final JdbcClient jdbc;
    private final JsonMapper json;

    AgreementQueries(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /**
     * One page of the listing, in one statement: the page's ids from the listing's index (an
     * index-only scan for the default listing, so that a deep page skips index entries, not rows),
     * then their columns and partners, and the data version read in the same snapshot.
     *
     * <p>Given the listing's total, a page in the second half is read backwards from the end, so
     * that the last pages cost what the first ones do. The total must be the one at the version
     * the page is read at; the caller checks {@link Page#dataVersion()} and reads again otherwise.
     */
    public Page page(AgreementFilter filter, AgreementSort sort, PageQuery page, Audience audience, Plan plan,
            Long total) {
        Where where = where(filter, audience, plan);
        boolean fromEnd = total != null && page.offset() > total / 2 && page.offset() < total;
        long limit = page.size();
        long offset = page.offset();
        if (fromEnd) {
            long after = total - page.offset() - page.size();
            limit = after < 0 ? page.size() + after : page.size();
            offset = Math.max(0, after);
        }
        String sql = "SELECT a.id, a.type, a.title, a.title_ja, a.signed_on, a.signed_on_precision, a.status, a.visibility,"
                + " ps.*, (SELECT version FROM data_version WHERE id) AS data_version"
                + " FROM (SELECT a.id FROM agreement a WHERE " + where.sql
                + " ORDER BY " + (fromEnd ? sort.reversedOrderBy() : sort.orderBy())
                + " LIMIT :limit OFFSET :offset) k JOIN agreement a ON a.id = k.id " + partnersLateral(audience)
                + " ORDER BY " + sort.orderBy();
        long[] version = {-1};
        List<AgreementSummary> rows = jdbc.sql(sql)
                .params(where.params)
                .param("limit", limit)
                .param("offset", offset)
                .query((rs, n) -> {
                    version[0] = rs.getLong("data_version");
                    return summary(rs, n);
                })
                .list();
        return new Page(rows, version[0], fromEnd);
    }

    public long count(AgreementFilter filter, Audience audience) {
        Where where = where(filter, audience, Plan.MATCHES_FIRST);
        return jdbc.sql("SELECT count(*) FROM agreement a WHERE " + where.sql)
                .params(where.params)
                .query(Long.class)
                .single();
    }

    /** Every agreement of one partner that the audience may see, oldest first, for its timeline. */
    public List<AgreementSummary> ofPartner(String partnerSlug, Audience audience) {
        Where where = where(AgreementFilter.none().withPartner(partnerSlug), audience, Plan.MATCHES_FIRST);
        return jdbc.sql("SELECT a.id, a.type, a.title, a.title_ja, a.signed_on, a.signed_on_precision, a.status,"
                        + " a.visibility, ps.* FROM agreement a " + partnersLateral(audience) + " WHERE " + where.sql
                        + " ORDER BY a.signed_on, a.id")
                .params(where.params)
                .query(AgreementQueries::summary)
                .list();
    }

    /**
     * The counts of every filter option and the total, in one statement: the rows that pass the
     * visibility and text conditions are read once, each marked with whether it passes each other
     * filter; each facet then counts the rows that pass all the filters except its own.
     */
    public AgreementFacets facets(AgreementFilter filter, Audience audience) {
        Conditions c = conditions(filter, audience, Plan.MATCHES_FIRST);
        String sql = "WITH base AS MATERIALIZED (SELECT a.id, a.type, extract(year FROM a.signed_on)::int AS y, "
                + flag(c.partner) + " AS m_partner, " + flag(c.type) + " AS m_type, " + flag(c.area) + " AS m_area, "
                + flag(c.dates) + " AS m_dates FROM agreement a WHERE " + c.visibility
                + (c.words == null ? "" : " AND " + c.words) + ")"
                + """
                 SELECT 'total' AS facet, NULL AS key, count(*) AS n, NULL AS name, NULL AS name_ja
                   FROM base WHERE m_partner AND m_type AND m_area AND m_dates
                 UNION ALL
                 SELECT 'type', type, count(*), NULL, NULL FROM base
                  WHERE m_partner AND m_area AND m_dates GROUP BY type
                 UNION ALL
                 SELECT 'year', y::text, count(*), NULL, NULL FROM base
                  WHERE m_partner AND m_type AND m_area GROUP BY y
                 UNION ALL
                 SELECT 'area', ar.area, count(*), NULL, NULL
                   FROM base b JOIN agreement_area ar ON ar.agreement_id = b.id
                  WHERE m_partner AND m_type AND m_dates GROUP BY ar.area
                 UNION ALL
                 SELECT 'partner', p.slug, count(*), p.name, p.name_ja
                   FROM base b JOIN agreement_partner ap ON ap.agreement_id = b.id JOIN partner p ON p.id = ap.partner_id
                  WHERE p.visibility IN (:visible) AND m_type AND m_area AND m_dates GROUP BY p.id
                """
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
        jdbc.sql(sql).params(c.params).query(rs -> {
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
        return AgreementFacets.of(total[0], partners.values(), types, areas, years);
    }

    private static String flag(String condition) {
        return condition == null ? "true" : "(" + condition + ")";
    }

    /**
     * Streams every agreement the filter gives, with all its public fields, to {@code sink}, one
     * row at a time through a database cursor (the caller's read-only transaction): the whole set
     * is never held in memory.
     */
    public void export(AgreementFilter filter, AgreementSort sort, Audience audience, Consumer<AgreementExportRow> sink) {
        Where where = where(filter, audience, Plan.MATCHES_FIRST);
        jdbc.sql("""
                SELECT a.id, a.type, a.title, a.title_ja, a.signed_on, a.signed_on_precision, a.place, a.place_ja,
                       a.summary, a.summary_ja, a.status, a.review_on, a.expires_on, ps.*,
                       (SELECT array_agg(ar.area ORDER BY ar.area) FROM agreement_area ar
                         WHERE ar.agreement_id = a.id) AS areas,
                       (SELECT string_agg(concat_ws(', ', s.name, s.office), '; ' ORDER BY s.position, s.id)
                          FROM agreement_signatory s WHERE s.agreement_id = a.id) AS signatories,
                       (SELECT string_agg(concat_ws('、', coalesce(s.name_ja, s.name), coalesce(s.office_ja, s.office)),
                               '; ' ORDER BY s.position, s.id)
                          FROM agreement_signatory s WHERE s.agreement_id = a.id) AS signatories_ja,
                       (SELECT array_agg(t.language ORDER BY t.language) FROM agreement_text t
                         WHERE t.agreement_id = a.id) AS text_languages
                  FROM agreement a
                """ + partnersLateral(audience) + " WHERE " + where.sql + " ORDER BY " + sort.orderBy())
                .withFetchSize(EXPORT_FETCH_SIZE)
                .params(where.params)
                .query((ResultSet rs) -> sink.accept(new AgreementExportRow(rs.getLong("id"),
                        AgreementType.valueOf(rs.getString("type")), rs.getString("title"), rs.getString("title_ja"),
                        Sql.partialDate(rs, "signed_on"), rs.getString("place"), rs.getString("place_ja"),
                        rs.getString("summary"), rs.getString("summary_ja"),
                        AgreementStatus.valueOf(rs.getString("status")), Sql.date(rs, "review_on"),
                        Sql.date(rs, "expires_on"), PartnerRef.fromArrays(rs),
                        Sql.strings(rs, "areas").stream().map(CooperationArea::valueOf).toList(),
                        rs.getString("signatories"), rs.getString("signatories_ja"),
                        Sql.strings(rs, "text_languages"))));
    }

    /** The newest agreements the filter gives, with what a feed entry shows. */
    public List<AgreementFeedItem> feed(AgreementFilter filter, Audience audience, int limit) {
        Where where = where(filter, audience, Plan.MATCHES_FIRST);
        String order = AgreementSort.NEWEST.orderBy();
        return jdbc.sql("SELECT a.*, ps.* FROM (SELECT a.id, a.type, a.title, a.title_ja, a.signed_on,"
                        + " a.signed_on_precision, a.summary, a.summary_ja, a.updated_at FROM agreement a WHERE "
                        + where.sql + " ORDER BY " + order + " LIMIT :limit) a " + partnersLateral(audience) + " ORDER BY " + order)
                .params(where.params)
                .param("limit", limit)
                .query((rs, n) -> new AgreementFeedItem(rs.getLong("id"), AgreementType.valueOf(rs.getString("type")),
                        rs.getString("title"), rs.getString("title_ja"), Sql.partialDate(rs, "signed_on"),
                        rs.getString("summary"), rs.getString("summary_ja"),
                        rs.getObject("updated_at", OffsetDateTime.class).toInstant(), PartnerRef.fromArrays(rs)))
                .list();
    }

    /** A document of an agreement, if both are visible to the audience; its bytes are not read. */
    public Optional<AgreementDocumentFile> document(long agreementId, long documentId, Audience audience) {
        return jdbc.sql("""
                SELECT d.id, d.agreement_id, d.language, d.filename, d.content_type, d.size_bytes, d.sha256
                  FROM agreement_document d JOIN agreement a ON a.id = d.agreement_id
                 WHERE d.id = :document AND d.agreement_id = :agreement
                   AND d.visibility IN (:visible) AND a.visibility IN (:visible)""")
                .param("document", documentId)
                .param("agreement", agreementId)
                .param("visible", audience.visibleValues())
                .query((rs, n) -> new AgreementDocumentFile(rs.getLong("id"), rs.getLong("agreement_id"),
                        rs.getString("language"), rs.getString("filename"), rs.getString("content_type"),
                        rs.getLong("size_bytes"), rs.getString("sha256")))
                .optional();
    }

    /**
     * Bytes {@code from} (1-based) to {@code from + length - 1} of a document, or null if the
     * document is gone or no longer has this content (its checksum changed meanwhile).
     */
    public byte[] documentSlice(long documentId, String sha256, int from, int length) {
        return jdbc.sql("SELECT substring(content FROM :from FOR :length) FROM agreement_document"
                        + " WHERE id = :id AND sha256 = :sha")
                .param("from", from)
                .param("length", length)
                .param("id", documentId)
                .param("sha", sha256)
                .query(byte[].class)
                .optional()
                .orElse(null);
    }

    public Optional<AgreementDetails> details(long id, Audience audience) {
        Map<String, Object> params = Map.of("id", id, "visible", audience.visibleValues());
        Optional<AgreementDetails> head = jdbc.sql("""
                SELECT a.*, ps.*,
                  (SELECT coalesce(json_agg(json_build_object('name', s.name, 'nameJa', s.name_ja, 'office', s.office,
                          'officeJa', s.office_ja, 'side', s.side, 'partner', sp.slug) ORDER BY s.position, s.id), '[]')
                     FROM agreement_signatory s LEFT JOIN partner sp ON sp.id = s.partner_id
                    WHERE s.agreement_id = a.id) AS signatories_json,
                  (SELECT array_agg(ar.area ORDER BY ar.area) FROM agreement_area ar WHERE ar.agreement_id = a.id) AS areas,
                  (SELECT coalesce(json_agg(json_build_object('id', x.id, 'kind', x.kind, 'direction', x.direction,
                          'title', x.title, 'titleJa', x.title_ja,
                          'signedOn', partial_date_iso(x.signed_on, x.signed_on_precision)) ORDER BY x.signed_on), '[]')
                     FROM (SELECT o.id, r.kind, 'TO' AS direction, o.title, o.title_ja, o.signed_on, o.signed_on_precision
                             FROM agreement_relation r JOIN agreement o ON o.id = r.related_id
                            WHERE r.agreement_id = a.id AND o.visibility IN (:visible)
                           UNION ALL
                           SELECT o.id, r.kind, 'FROM', o.title, o.title_ja, o.signed_on, o.signed_on_precision
                             FROM agreement_relation r JOIN agreement o ON o.id = r.agreement_id
                            WHERE r.related_id = a.id AND o.visibility IN (:visible)) x) AS related_json,
                  (SELECT coalesce(json_agg(json_build_object('id', m.id, 'title', m.title, 'titleJa', m.title_ja,
                          'date', partial_date_iso(m.held_on, m.held_on_precision)) ORDER BY m.held_on), '[]')
                     FROM meeting_agreement ma JOIN meeting m ON m.id = ma.meeting_id
                    WHERE ma.agreement_id = a.id AND m.visibility IN (:visible)) AS meetings_json,
                  (SELECT coalesce(json_agg(json_build_object('id', d.id, 'language', d.language, 'filename', d.filename,
                          'contentType', d.content_type, 'sizeBytes', d.size_bytes, 'sha256', d.sha256)
                          ORDER BY d.language, d.id), '[]')
                     FROM agreement_document d
                    WHERE d.agreement_id = a.id AND d.visibility IN (:visible)) AS documents_json,
                  (SELECT coalesce(json_agg(json_build_object('source', s.title, 'publisher', s.publisher, 'url', s.url,
                          'publishedOn', partial_date_iso(s.published_on, s.published_on_precision),
                          'voice', c.voice, 'detail', c.detail) ORDER BY c.id), '[]')
                     FROM citation c JOIN source s ON s.id = c.source_id
                    WHERE c.subject_type = 'AGREEMENT' AND c.subject_id = a.id) AS sources_json
                  FROM agreement a
                """ + partnersLateral(audience) + " WHERE a.id = :id AND a.visibility IN (:visible)")
                .params(params)
                .query(this::details)
                .optional();
        return head.map(a -> withTexts(a, texts(id)));
    }

    private List<AgreementDetails.Text> texts(long id) {
        // English first, then Japanese, then any other language, for a stable side-by-side layout.
        return jdbc.sql("""
                SELECT language, title, body FROM agreement_text WHERE agreement_id = :id
                 ORDER BY CASE WHEN language LIKE 'en%' THEN 0 WHEN language LIKE 'ja%' THEN 1 ELSE 2 END, language""")
                .param("id", id)
                .query((rs, n) -> new AgreementDetails.Text(rs.getString(1), rs.getString(2), rs.getString(3)))
                .list();
    }

    public long count(Audience audience) {
        return jdbc.sql("SELECT count(*) FROM agreement a WHERE " + audience.visibilityCondition("a.visibility"))
                .query(Long.class)
                .single();
    }

    private static AgreementDetails withTexts(AgreementDetails a, List<AgreementDetails.Text> texts) {
        return new AgreementDetails(a.id(), a.type(), a.title(), a.titleJa(), a.signedOn(), a.place(), a.placeJa(),
                a.summary(), a.summaryJa(), a.status(), a.reviewOn(), a.expiresOn(), a.visibility(), a.partners(),
                a.signatories(), a.areas(), a.related(), a.meetings(), texts, a.documents(), a.sources(), a.version());
    }

    private AgreementDetails details(ResultSet rs, int row) throws SQLException {
        return new AgreementDetails(rs.getLong("id"), AgreementType.valueOf(rs.getString("type")), rs.getString("title"),
                rs.getString("title_ja"), Sql.partialDate(rs, "signed_on"), rs.getString("place"),
                rs.getString("place_ja"), rs.getString("summary"), rs.getString("summary_ja"),
                AgreementStatus.valueOf(rs.getString("status")), Sql.date(rs, "review_on"), Sql.date(rs, "expires_on"),
                Visibility.valueOf(rs.getString("visibility")), PartnerRef.fromArrays(rs),
                read(rs.getString("signatories_json"), new TypeReference<List<AgreementDetails.Signatory>>() { }),
                Sql.strings(rs, "areas").stream().map(CooperationArea::valueOf).toList(),
                read(rs.getString("related_json"), new TypeReference<List<AgreementDetails.RelatedAgreement>>() { }),
                read(rs.getString("meetings_json"), new TypeReference<List<AgreementDetails.MeetingRef>>() { }),
                List.of(),
                read(rs.getString("documents_json"), new TypeReference<List<AgreementDetails.Document>>() { }),
                read(rs.getString("sources_json"), new TypeReference<List<Citation>>() { }),
                rs.getLong("version"));
    }

    private <T> T read(String value, TypeReference<T> type) {
        return json.readValue(value, type);
    }

    private static AgreementSummary summary(ResultSet rs, int row) throws SQLException {
        return new AgreementSummary(rs.getLong("id"), AgreementType.valueOf(rs.getString("type")),
                rs.getString("title"), rs.getString("title_ja"), Sql.partialDate(rs, "signed_on"),
                AgreementStatus.valueOf(rs.getString("status")), Visibility.valueOf(rs.getString("visibility")),
                PartnerRef.fromArrays(rs));
    }

    /**
     * The WHERE clause of a filter: fixed SQL fragments with named parameters, never input text.
     * Both plans select the same rows; they differ in what the planner can use an index for.
     */
    private static Where where(AgreementFilter filter, Audience audience, Plan plan) {
        Conditions c = conditions(filter, audience, plan);
        StringBuilder sql = new StringBuilder(c.visibility);
        for (String part : new String[] { c.partner, c.type, c.area, c.dates, c.words }) {
            if (part != null) {
                sql.append(" AND ").append(part);
            }
        }
        return new Where(sql.toString(), c.params);
    }

    /** Each filter's condition on its own (null when the filter is not set), for the facet counts. */
    private static Conditions conditions(AgreementFilter filter, Audience audience, Plan plan) {
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

    private record Conditions(String visibility, String partner, String type, String area, String dates,
            String words, Map<String, Object> params) {
    }

    private record Where(String sql, Map<String, Object> params) {
    }
}
