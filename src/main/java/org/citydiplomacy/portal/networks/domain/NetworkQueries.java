package org.citydiplomacy.portal.networks.domain;

import java.util.List;
import java.util.Optional;

import org.citydiplomacy.portal.networks.NetworkDetails;
import org.citydiplomacy.portal.networks.NetworkRef;
import org.citydiplomacy.portal.networks.NetworkSummary;
import org.citydiplomacy.portal.partners.PartnerRef;
import org.citydiplomacy.portal.shared.Audience;
import org.citydiplomacy.portal.shared.Citation;
import org.citydiplomacy.portal.shared.CitationSubject;
import org.citydiplomacy.portal.shared.PartialDate;
import org.citydiplomacy.portal.shared.Sql;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Read side of networks: the list and one network's page are one statement each. Linked partners,
 * meetings and agreements are counted and listed only where the audience may see them.
 */
@Repository
public class NetworkQueries {

    private final JdbcClient jdbc;
    private final JsonMapper json;

    NetworkQueries(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    public List<NetworkRef> ofPartner(String partnerSlug) {
        return jdbc.sql("""
                SELECT n.slug, n.name, n.name_ja FROM network n
                  JOIN network_partner np ON np.network_id = n.id JOIN partner p ON p.id = np.partner_id
                 WHERE p.slug = :slug ORDER BY n.name""")
                .param("slug", partnerSlug)
                .query((rs, i) -> new NetworkRef(rs.getString("slug"), rs.getString("name"), rs.getString("name_ja")))
                .list();
    }

    public List<NetworkSummary> summaries(Audience audience) {
        return jdbc.sql("""
                SELECT n.slug, n.name, n.name_ja, n.description, n.description_ja,
                       n.joined_on, n.joined_on_precision, n.left_on, n.left_on_precision,
                       (SELECT count(*) FROM network_partner np JOIN partner p ON p.id = np.partner_id
                         WHERE np.network_id = n.id AND %s) AS partners,
                       (SELECT count(*) FROM network_meeting nm JOIN meeting m ON m.id = nm.meeting_id
                         WHERE nm.network_id = n.id AND %s) AS meetings,
                       (SELECT count(*) FROM network_agreement na JOIN agreement a ON a.id = na.agreement_id
                         WHERE na.network_id = n.id AND %s) AS agreements
                  FROM network n
                 ORDER BY n.joined_on NULLS LAST, n.name""".formatted(audience.visibilityCondition("p.visibility"),
                        audience.visibilityCondition("m.visibility"), audience.visibilityCondition("a.visibility")))
                .query((rs, row) -> new NetworkSummary(rs.getString("slug"), rs.getString("name"),
                        rs.getString("name_ja"), rs.getString("description"), rs.getString("description_ja"),
                        Sql.partialDate(rs, "joined_on"), Sql.partialDate(rs, "left_on"), rs.getLong("partners"),
                        rs.getLong("meetings"), rs.getLong("agreements")))
                .list();
    }

    public Optional<NetworkDetails> details(String slug, Audience audience) {
        return jdbc.sql("""
                SELECT n.*,
                  """ + Citation.sourcesJson(CitationSubject.NETWORK, "n.id") + """
                     AS sources_json,
                  (SELECT coalesce(json_agg(json_build_object('slug', p.slug, 'name', p.name, 'nameJa', p.name_ja,
                          'country', p.country, 'source', s.title, 'sourceJa', s.title_ja, 'publisher', s.publisher,
                          'publisherJa', s.publisher_ja, 'url', s.url,
                          'publishedOn', partial_date_iso(s.published_on, s.published_on_precision),
                          'voice', np.voice, 'detail', np.detail, 'detailJa', np.detail_ja) ORDER BY p.name), '[]')
                     FROM network_partner np JOIN partner p ON p.id = np.partner_id
                     LEFT JOIN source s ON s.id = np.source_id
                    WHERE np.network_id = n.id AND %s) AS members_json,
                  (SELECT coalesce(json_agg(json_build_object('id', m.id, 'title', m.title, 'titleJa', m.title_ja,
                          'heldOn', partial_date_iso(m.held_on, m.held_on_precision)) ORDER BY m.held_on DESC, m.id DESC), '[]')
                     FROM network_meeting nm JOIN meeting m ON m.id = nm.meeting_id
                    WHERE nm.network_id = n.id AND %s) AS meetings_json,
                  (SELECT coalesce(json_agg(json_build_object('id', a.id, 'title', a.title, 'titleJa', a.title_ja,
                          'signedOn', partial_date_iso(a.signed_on, a.signed_on_precision), 'type', a.type)
                          ORDER BY a.signed_on DESC, a.id DESC), '[]')
                     FROM network_agreement na JOIN agreement a ON a.id = na.agreement_id
                    WHERE na.network_id = n.id AND %s) AS agreements_json
                  FROM network n WHERE n.slug = :slug""".formatted(audience.visibilityCondition("p.visibility"),
                        audience.visibilityCondition("m.visibility"), audience.visibilityCondition("a.visibility")))
                .param("slug", slug)
                .query((rs, row) -> new NetworkDetails(rs.getString("slug"), rs.getString("name"), rs.getString("name_ja"),
                        rs.getString("description"), rs.getString("description_ja"), Sql.partialDate(rs, "joined_on"),
                        Sql.partialDate(rs, "left_on"), rs.getString("membership_note"),
                        rs.getString("membership_note_ja"),
                        json.readValue(rs.getString("sources_json"), new TypeReference<List<Citation>>() { }),
                        json.readValue(rs.getString("members_json"), new TypeReference<List<MemberRow>>() { })
                                .stream().map(MemberRow::member).toList(),
                        json.readValue(rs.getString("meetings_json"),
                                new TypeReference<List<NetworkDetails.LinkedMeeting>>() { }),
                        json.readValue(rs.getString("agreements_json"),
                                new TypeReference<List<NetworkDetails.LinkedAgreement>>() { })))
                .optional();
    }

    /** A member as the statement gives it: the partner and the source of its membership, flat. */
    record MemberRow(String slug, String name, String nameJa, String country, String source, String sourceJa,
            String publisher, String publisherJa, String url, PartialDate publishedOn, String voice, String detail,
            String detailJa) {

        NetworkDetails.Member member() {
            return new NetworkDetails.Member(new PartnerRef(slug, name, nameJa), country,
                    source == null ? null : new Citation(source, sourceJa, publisher, publisherJa, url,
                            publishedOn, voice, detail, detailJa));
        }
    }
}
