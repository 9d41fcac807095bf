package org.citydiplomacy.portal.agreements.domain;

import static org.citydiplomacy.portal.agreements.domain.AgreementFilterSql.partnersLateral;
import static org.citydiplomacy.portal.agreements.domain.AgreementFilterSql.where;

import java.sql.ResultSet;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.function.Consumer;

import org.citydiplomacy.portal.agreements.AgreementExportRow;
import org.citydiplomacy.portal.agreements.AgreementFeedItem;
import org.citydiplomacy.portal.agreements.AgreementFilter;
import org.citydiplomacy.portal.agreements.AgreementSort;
import org.citydiplomacy.portal.agreements.AgreementStatus;
import org.citydiplomacy.portal.agreements.AgreementType;
import org.citydiplomacy.portal.agreements.CooperationArea;
import org.citydiplomacy.portal.agreements.domain.AgreementFilterSql.Where;
import org.citydiplomacy.portal.agreements.domain.AgreementListingQueries.Plan;
import org.citydiplomacy.portal.partners.PartnerRef;
import org.citydiplomacy.portal.shared.Audience;
import org.citydiplomacy.portal.shared.Sql;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Agreements read for other formats: the CSV export (streamed from a cursor) and the Atom feed. */
@Repository
public class AgreementExportQueries {

    private static final int EXPORT_FETCH_SIZE = 500;

    private final JdbcClient jdbc;

    AgreementExportQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
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
                         WHERE t.agreement_id = a.id) AS text_languages,
                       (SELECT t.body FROM agreement_text t WHERE t.agreement_id = a.id AND t.language LIKE 'en%'
                         ORDER BY t.language LIMIT 1) AS text_en,
                       (SELECT t.body FROM agreement_text t WHERE t.agreement_id = a.id AND t.language LIKE 'ja%'
                         ORDER BY t.language LIMIT 1) AS text_ja,
                       m.meetings, m.meeting_titles, m.meeting_titles_ja,
                       (SELECT string_agg(x.relation || ' ' || x.other, '; ' ORDER BY x.signed_on, x.other)
                          FROM (SELECT r.kind AS relation, o.id AS other, o.signed_on
                                  FROM agreement_relation r JOIN agreement o ON o.id = r.related_id
                                 WHERE r.agreement_id = a.id AND o.visibility IN (:visible)
                                UNION ALL
                                SELECT CASE r.kind WHEN 'RENEWS' THEN 'RENEWED_BY' WHEN 'SUPERSEDES' THEN 'SUPERSEDED_BY'
                                       ELSE 'AMENDED_BY' END, o.id, o.signed_on
                                  FROM agreement_relation r JOIN agreement o ON o.id = r.agreement_id
                                 WHERE r.related_id = a.id AND o.visibility IN (:visible)) x) AS related,
                       (SELECT array_agg(d.id::text ORDER BY d.language, d.id) FROM agreement_document d
                         WHERE d.agreement_id = a.id AND d.visibility IN (:visible)) AS documents,
                       (SELECT string_agg(concat_ws(': ', s.title, c.detail), E'\\n' ORDER BY c.id)
                          FROM citation c JOIN source s ON s.id = c.source_id
                         WHERE c.subject_type = 'AGREEMENT' AND c.subject_id = a.id) AS sources,
                       (SELECT string_agg(concat_ws('：', coalesce(s.title_ja, s.title), coalesce(c.detail_ja, c.detail)),
                               E'\\n' ORDER BY c.id)
                          FROM citation c JOIN source s ON s.id = c.source_id
                         WHERE c.subject_type = 'AGREEMENT' AND c.subject_id = a.id) AS sources_ja
                  FROM agreement a
                  LEFT JOIN LATERAL (
                      SELECT array_agg(mt.id::text ORDER BY mt.held_on, mt.id) AS meetings,
                             string_agg(mt.title, '; ' ORDER BY mt.held_on, mt.id) AS meeting_titles,
                             string_agg(coalesce(mt.title_ja, mt.title), '; ' ORDER BY mt.held_on, mt.id) AS meeting_titles_ja
                        FROM meeting_agreement ma JOIN meeting mt ON mt.id = ma.meeting_id
                       WHERE ma.agreement_id = a.id AND mt.visibility IN (:visible)) m ON true
                """ + partnersLateral(audience) + " WHERE " + where.onAgreements() + " ORDER BY " + sort.orderBy())
                .withFetchSize(EXPORT_FETCH_SIZE)
                .params(where.params())
                .query((ResultSet rs) -> sink.accept(new AgreementExportRow(rs.getLong("id"),
                        AgreementType.valueOf(rs.getString("type")), rs.getString("title"), rs.getString("title_ja"),
                        Sql.partialDate(rs, "signed_on"), rs.getString("place"), rs.getString("place_ja"),
                        rs.getString("summary"), rs.getString("summary_ja"),
                        AgreementStatus.valueOf(rs.getString("status")), Sql.date(rs, "review_on"),
                        Sql.date(rs, "expires_on"), PartnerRef.fromArrays(rs),
                        Sql.strings(rs, "areas").stream().map(CooperationArea::valueOf).toList(),
                        rs.getString("signatories"), rs.getString("signatories_ja"),
                        Sql.strings(rs, "text_languages"), rs.getString("text_en"), rs.getString("text_ja"),
                        Sql.strings(rs, "meetings"), rs.getString("meeting_titles"), rs.getString("meeting_titles_ja"),
                        rs.getString("related"), Sql.strings(rs, "documents"), rs.getString("sources"),
                        rs.getString("sources_ja"))));
    }

    /** The newest agreements the filter gives, with what a feed entry shows. */
    public List<AgreementFeedItem> feed(AgreementFilter filter, Audience audience, int limit) {
        Where where = where(filter, audience, Plan.MATCHES_FIRST);
        String order = AgreementSort.NEWEST.orderBy();
        return jdbc.sql("SELECT a.*, ps.* FROM (SELECT a.id, a.type, a.title, a.title_ja, a.signed_on,"
                        + " a.signed_on_precision, a.summary, a.summary_ja, a.updated_at FROM agreement a WHERE "
                        + where.onAgreements() + " ORDER BY " + order + " LIMIT :limit) a " + partnersLateral(audience) + " ORDER BY " + order)
                .params(where.params())
                .param("limit", limit)
                .query((rs, n) -> new AgreementFeedItem(rs.getLong("id"), AgreementType.valueOf(rs.getString("type")),
                        rs.getString("title"), rs.getString("title_ja"), Sql.partialDate(rs, "signed_on"),
                        rs.getString("summary"), rs.getString("summary_ja"),
                        rs.getObject("updated_at", OffsetDateTime.class).toInstant(), PartnerRef.fromArrays(rs)))
                .list();
    }
}
