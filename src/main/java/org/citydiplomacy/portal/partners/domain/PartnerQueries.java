package org.citydiplomacy.portal.partners.domain;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

import org.citydiplomacy.portal.partners.PartnerDetails;
import org.citydiplomacy.portal.partners.PartnerKind;
import org.citydiplomacy.portal.partners.PartnerRef;
import org.citydiplomacy.portal.partners.PartnerSummary;
import org.citydiplomacy.portal.partners.Relationship;
import org.citydiplomacy.portal.shared.Audience;
import org.citydiplomacy.portal.shared.Citation;
import org.citydiplomacy.portal.shared.CitationSubject;
import org.citydiplomacy.portal.shared.JsonColumnQueries;
import org.citydiplomacy.portal.shared.PartialDate;
import org.citydiplomacy.portal.shared.Sql;
import org.citydiplomacy.portal.shared.Visibility;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Read side of partners: each method is one SQL statement that fetches exactly what its page or
 * endpoint shows, counted and ordered by the database.
 */
@Repository
public class PartnerQueries extends JsonColumnQueries {

    PartnerQueries(JdbcClient jdbc, JsonMapper json) {
        super(jdbc, json);
    }

    public List<PartnerSummary> summaries(Audience audience) {
        // Counts and the latest contact come from the records the same audience may see. Each
        // link table is read once and grouped: a lookup per partner would walk the whole date
        // index for each of hundreds of partners.
        return jdbc().sql("""
                WITH agreements AS (
                    SELECT ap.partner_id, count(*) AS n, max(a.signed_on) AS latest,
                           (array_agg(a.signed_on_precision ORDER BY a.signed_on DESC))[1] AS latest_precision
                      FROM agreement_partner ap JOIN agreement a ON a.id = ap.agreement_id
                     WHERE a.visibility IN (:visible)
                     GROUP BY ap.partner_id
                ), meetings AS (
                    SELECT mp.partner_id, max(m.held_on) AS latest,
                           (array_agg(m.held_on_precision ORDER BY m.held_on DESC))[1] AS latest_precision
                      FROM meeting_partner mp JOIN meeting m ON m.id = mp.meeting_id
                     WHERE m.visibility IN (:visible)
                     GROUP BY mp.partner_id
                )
                SELECT p.id, p.slug, p.name, p.name_ja, p.kind, p.country, p.relationship,
                       p.relationship_since, p.relationship_since_precision,
                       coalesce(ag.n, 0) AS agreement_count,
                       CASE WHEN mt.latest IS NULL OR ag.latest >= mt.latest THEN ag.latest ELSE mt.latest END
                           AS latest_contact,
                       CASE WHEN mt.latest IS NULL OR ag.latest >= mt.latest THEN ag.latest_precision
                            ELSE mt.latest_precision END AS latest_contact_precision
                  FROM partner p
                  LEFT JOIN agreements ag ON ag.partner_id = p.id
                  LEFT JOIN meetings mt ON mt.partner_id = p.id
                 WHERE p.visibility IN (:visible)
                 ORDER BY CASE p.relationship WHEN 'SISTER' THEN 0 WHEN 'FRIENDSHIP' THEN 1 ELSE 2 END,
                          p.relationship_since NULLS LAST, p.name""")
                .param("visible", audience.visibleValues())
                .query((rs, n) -> new PartnerSummary(rs.getLong("id"), rs.getString("slug"), rs.getString("name"),
                        rs.getString("name_ja"), PartnerKind.valueOf(rs.getString("kind")), rs.getString("country"),
                        Relationship.valueOf(rs.getString("relationship")), Sql.partialDate(rs, "relationship_since"),
                        rs.getLong("agreement_count"),
                        PartialDate.ofNullable(Sql.date(rs, "latest_contact"), rs.getString("latest_contact_precision"))))
                .list();
    }

    /** Why a reader cannot see it: withdrawn (a 410 that says when and why) or not found. */
    public RuntimeException notVisible(String slug) {
        return org.citydiplomacy.portal.shared.RecordWithdrawnException.orNotFound(jdbc(), "partner", "slug", slug,
                org.citydiplomacy.portal.shared.RecordNotFoundException.partner(slug));
    }

    public Optional<PartnerDetails> details(String slug, Audience audience) {
        return jdbc().sql("""
                SELECT * FROM partner WHERE slug = :slug AND visibility IN (:visible)""")
                .param("slug", slug)
                .param("visible", audience.visibleValues())
                .query(PartnerQueries::details)
                .optional();
    }

    /** The partner with the sources of its relationship, in one statement (its page and timeline use it). */
    public Optional<PartnerDetails> detailsWithSources(String slug, Audience audience) {
        return jdbc().sql("""
                SELECT p.*,
                  """ + Citation.sourcesJson(CitationSubject.PARTNER, "p.id") + """
                     AS sources_json
                  FROM partner p WHERE p.slug = :slug AND p.visibility IN (:visible)""")
                .param("slug", slug)
                .param("visible", audience.visibleValues())
                .query((rs, row) -> withSources(details(rs, row),
                        json(rs, "sources_json", new TypeReference<List<Citation>>() { })))
                .optional();
    }

    private static PartnerDetails withSources(PartnerDetails p, List<Citation> sources) {
        return new PartnerDetails(p.id(), p.slug(), p.name(), p.nameJa(), p.officialName(), p.kind(), p.country(),
                p.latitude(), p.longitude(), p.relationship(), p.relationshipSince(), p.cityTerm(), p.cityTermJa(),
                p.partnerTerm(), p.relationshipNote(), p.relationshipNoteJa(), p.visibility(), sources, p.version());
    }

    public List<PartnerRef> refs(Audience audience) {
        return jdbc().sql("SELECT slug, name, name_ja FROM partner WHERE visibility IN (:visible) ORDER BY name")
                .param("visible", audience.visibleValues())
                .query((rs, n) -> new PartnerRef(rs.getString(1), rs.getString(2), rs.getString(3)))
                .list();
    }

    public String staffNotes(String slug) {
        return jdbc().sql("SELECT staff_notes FROM partner WHERE slug = :slug").param("slug", slug)
                .query(String.class).optional().orElse(null);
    }

    public long count(Audience audience) {
        return jdbc().sql("SELECT count(*) FROM partner WHERE visibility IN (:visible)")
                .param("visible", audience.visibleValues())
                .query(Long.class)
                .single();
    }

    private static PartnerDetails details(ResultSet rs, int row) throws SQLException {
        return new PartnerDetails(rs.getLong("id"), rs.getString("slug"), rs.getString("name"), rs.getString("name_ja"),
                rs.getString("official_name"), PartnerKind.valueOf(rs.getString("kind")), rs.getString("country"),
                rs.getBigDecimal("latitude"), rs.getBigDecimal("longitude"),
                Relationship.valueOf(rs.getString("relationship")), Sql.partialDate(rs, "relationship_since"),
                rs.getString("city_term"), rs.getString("city_term_ja"), rs.getString("partner_term"),
                rs.getString("relationship_note"), rs.getString("relationship_note_ja"),
                Visibility.valueOf(rs.getString("visibility")), List.of(), rs.getLong("version"));
    }
}
