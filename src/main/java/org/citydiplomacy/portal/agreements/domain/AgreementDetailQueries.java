package org.citydiplomacy.portal.agreements.domain;

import static org.citydiplomacy.portal.agreements.domain.AgreementFilterSql.partnersLateral;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.citydiplomacy.portal.agreements.AgreementDetails;
import org.citydiplomacy.portal.agreements.AgreementRef;
import org.citydiplomacy.portal.agreements.AgreementStatus;
import org.citydiplomacy.portal.agreements.AgreementType;
import org.citydiplomacy.portal.agreements.CooperationArea;
import org.citydiplomacy.portal.partners.PartnerRef;
import org.citydiplomacy.portal.shared.Audience;
import org.citydiplomacy.portal.shared.Citation;
import org.citydiplomacy.portal.shared.CitationSubject;
import org.citydiplomacy.portal.shared.JsonColumnQueries;
import org.citydiplomacy.portal.shared.Sql;
import org.citydiplomacy.portal.shared.Visibility;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * One agreement as its page shows it, in two statements: the record with all its small parts as
 * JSON, then its full texts.
 */
@Repository
public class AgreementDetailQueries extends JsonColumnQueries {

    AgreementDetailQueries(JdbcClient jdbc, JsonMapper json) {
        super(jdbc, json);
    }

    /** Why a reader cannot see it: withdrawn (a 410 that says when and why) or not found. */
    public RuntimeException notVisible(long id) {
        return org.citydiplomacy.portal.shared.RecordWithdrawnException.orNotFound(jdbc(), "agreement", "id", id,
                org.citydiplomacy.portal.shared.RecordNotFoundException.agreement(id));
    }

    /** Every agreement the audience may see, newest signed first, to pick one by its title. */
    public List<AgreementRef> refs(Audience audience) {
        return jdbc().sql("SELECT id, title, title_ja, signed_on, signed_on_precision, visibility FROM agreement WHERE "
                        + audience.visibilityCondition("visibility") + " ORDER BY signed_on DESC, id DESC")
                .query((rs, n) -> new AgreementRef(rs.getLong("id"), rs.getString("title"), rs.getString("title_ja"),
                        Sql.partialDate(rs, "signed_on"), Visibility.valueOf(rs.getString("visibility"))))
                .list();
    }

    public Optional<AgreementDetails> details(long id, Audience audience) {
        Map<String, Object> params = Map.of("id", id, "visible", audience.visibleValues());
        Optional<AgreementDetails> head = jdbc().sql("""
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
                          'contentType', d.content_type, 'sizeBytes', d.size_bytes, 'sha256', d.sha256,
                          'visibility', d.visibility)
                          ORDER BY d.language, d.id), '[]')
                     FROM agreement_document d
                    WHERE d.agreement_id = a.id AND d.visibility IN (:visible)) AS documents_json,
                  """ + Citation.sourcesJson(CitationSubject.AGREEMENT, "a.id") + """
                     AS sources_json
                  FROM agreement a
                """ + partnersLateral(audience) + " WHERE a.id = :id AND a.visibility IN (:visible)")
                .params(params)
                .query(this::details)
                .optional();
        return head.map(a -> withTexts(a, texts(id)));
    }

    private List<AgreementDetails.Text> texts(long id) {
        // English first, then Japanese, then any other language, for a stable side-by-side layout.
        return jdbc().sql("""
                SELECT language, title, body FROM agreement_text WHERE agreement_id = :id
                 ORDER BY CASE WHEN language LIKE 'en%' THEN 0 WHEN language LIKE 'ja%' THEN 1 ELSE 2 END, language""")
                .param("id", id)
                .query((rs, n) -> new AgreementDetails.Text(rs.getString(1), rs.getString(2), rs.getString(3)))
                .list();
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
                json(rs, "signatories_json", new TypeReference<List<AgreementDetails.Signatory>>() { }),
                Sql.strings(rs, "areas").stream().map(CooperationArea::valueOf).toList(),
                json(rs, "related_json", new TypeReference<List<AgreementDetails.RelatedAgreement>>() { }),
                json(rs, "meetings_json", new TypeReference<List<AgreementDetails.MeetingRef>>() { }),
                List.of(),
                json(rs, "documents_json", new TypeReference<List<AgreementDetails.Document>>() { }),
                json(rs, "sources_json", new TypeReference<List<Citation>>() { }),
                rs.getLong("version"));
    }
}
