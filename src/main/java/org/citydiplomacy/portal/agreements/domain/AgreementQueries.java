package org.citydiplomacy.portal.agreements.domain;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.citydiplomacy.portal.agreements.AgreementDetails;
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
 * Read side of agreements. A listing page is two statements (the page, its count) whatever its
 * size; one agreement is two (the record with all its small parts as JSON, then its full texts).
 */
@Repository
public class AgreementQueries {

    /** The partners of each agreement on a page, in signing order, as three parallel arrays. */
    private static final String PARTNERS_LATERAL = """
            LEFT JOIN LATERAL (
                SELECT array_agg(p.slug ORDER BY ap.position, p.name) AS partner_slugs,
                       array_agg(p.name ORDER BY ap.position, p.name) AS partner_names,
                       array_agg(coalesce(p.name_ja, '') ORDER BY ap.position, p.name) AS partner_names_ja
                  FROM agreement_partner ap JOIN partner p ON p.id = ap.partner_id
                 WHERE ap.agreement_id = a.id AND p.visibility IN (:visible)) ps ON true
            """;

    private final JdbcClient jdbc;
    private final JsonMapper json;

    AgreementQueries(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    public List<AgreementSummary> page(AgreementFilter filter, AgreementSort sort, PageQuery page, Audience audience) {
        Where where = where(filter, audience);
        String sql = "SELECT a.*, ps.* FROM (SELECT a.id, a.type, a.title, a.title_ja, a.signed_on, a.signed_on_precision,"
                + " a.status, a.visibility FROM agreement a WHERE " + where.sql + " ORDER BY " + sort.orderBy()
                + " LIMIT :limit OFFSET :offset) a " + PARTNERS_LATERAL + " ORDER BY " + sort.orderBy();
        return jdbc.sql(sql)
                .params(where.params)
                .param("limit", page.size())
                .param("offset", page.offset())
                .query(AgreementQueries::summary)
                .list();
    }

    public long count(AgreementFilter filter, Audience audience) {
        Where where = where(filter, audience);
        return jdbc.sql("SELECT count(*) FROM agreement a WHERE " + where.sql)
                .params(where.params)
                .query(Long.class)
                .single();
    }

    /** Every agreement of one partner that the audience may see, oldest first, for its timeline. */
    public List<AgreementSummary> ofPartner(String partnerSlug, Audience audience) {
        Where where = where(AgreementFilter.none().withPartner(partnerSlug), audience);
        return jdbc.sql("SELECT a.id, a.type, a.title, a.title_ja, a.signed_on, a.signed_on_precision, a.status,"
                        + " a.visibility, ps.* FROM agreement a " + PARTNERS_LATERAL + " WHERE " + where.sql
                        + " ORDER BY a.signed_on, a.id")
                .params(where.params)
                .query(AgreementQueries::summary)
                .list();
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
                """ + PARTNERS_LATERAL + " WHERE a.id = :id AND a.visibility IN (:visible)")
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
        return jdbc.sql("SELECT count(*) FROM agreement WHERE visibility IN (:visible)")
                .param("visible", audience.visibleValues())
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

    /** The WHERE clause of a filter: fixed SQL fragments with named parameters, never input text. */
    private static Where where(AgreementFilter filter, Audience audience) {
        StringBuilder sql = new StringBuilder("a.visibility IN (:visible)");
        Map<String, Object> params = new HashMap<>();
        params.put("visible", audience.visibleValues());
        if (filter.partner() != null) {
            sql.append(" AND a.id IN (SELECT ap.agreement_id FROM agreement_partner ap JOIN partner p ON p.id = ap.partner_id"
                    + " WHERE p.slug = :partner AND p.visibility IN (:visible))");
            params.put("partner", filter.partner());
        }
        if (filter.type() != null) {
            sql.append(" AND a.type = :type");
            params.put("type", filter.type().name());
        }
        if (filter.area() != null) {
            sql.append(" AND a.id IN (SELECT ar.agreement_id FROM agreement_area ar WHERE ar.area = :area)");
            params.put("area", filter.area().name());
        }
        if (filter.from() != null) {
            sql.append(" AND a.signed_on >= :from");
            params.put("from", filter.from());
        }
        if (filter.to() != null) {
            sql.append(" AND a.signed_on <= :to");
            params.put("to", filter.to());
        }
        List<String> words = filter.words();
        for (int i = 0; i < words.size(); i++) {
            sql.append(" AND a.search_text LIKE :word").append(i);
            params.put("word" + i, Sql.containsPattern(words.get(i)));
        }
        return new Where(sql.toString(), params);
    }

    private record Where(String sql, Map<String, Object> params) {
    }
}
