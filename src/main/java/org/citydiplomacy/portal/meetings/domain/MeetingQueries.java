package org.citydiplomacy.portal.meetings.domain;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;

import org.citydiplomacy.portal.meetings.MeetingDetails;
import org.citydiplomacy.portal.meetings.MeetingFacets;
import org.citydiplomacy.portal.meetings.MeetingFilter;
import org.citydiplomacy.portal.meetings.MeetingKind;
import org.citydiplomacy.portal.meetings.MeetingSummary;
import org.citydiplomacy.portal.partners.PartnerRef;
import org.citydiplomacy.portal.shared.Audience;
import org.citydiplomacy.portal.shared.Citation;
import org.citydiplomacy.portal.shared.CitationSubject;
import org.citydiplomacy.portal.shared.JsonColumnQueries;
import org.citydiplomacy.portal.shared.PageQuery;
import org.citydiplomacy.portal.shared.Sql;
import org.citydiplomacy.portal.shared.Visibility;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Read side of meetings: a list page is two statements, one meeting is one. */
@Repository
public class MeetingQueries extends JsonColumnQueries {

    private static final String COLUMNS = "m.id, m.title, m.title_ja, m.held_on, m.held_on_precision, m.ends_on,"
            + " m.ends_on_precision, m.kind, m.place, m.place_ja, m.visibility";

    private static final String PARTNERS_LATERAL = """
            LEFT JOIN LATERAL (
                SELECT array_agg(p.slug ORDER BY mp.position, p.name) AS partner_slugs,
                       array_agg(p.name ORDER BY mp.position, p.name) AS partner_names,
                       array_agg(coalesce(p.name_ja, '') ORDER BY mp.position, p.name) AS partner_names_ja
                  FROM meeting_partner mp JOIN partner p ON p.id = mp.partner_id
                 WHERE mp.meeting_id = m.id AND p.visibility IN (:visible)) ps ON true
            """;

    MeetingQueries(JdbcClient jdbc, JsonMapper json) {
        super(jdbc, json);
    }

    public List<MeetingSummary> page(MeetingFilter filter, PageQuery page, Audience audience) {
        Where where = where(filter, audience);
        return jdbc().sql("SELECT m.*, ps.* FROM (SELECT " + COLUMNS + " FROM meeting m WHERE " + where.sql
                        + " ORDER BY m.held_on DESC, m.id DESC LIMIT :limit OFFSET :offset) m " + PARTNERS_LATERAL
                        + " ORDER BY m.held_on DESC, m.id DESC")
                .params(where.params)
                .param("limit", page.size())
                .param("offset", page.offset())
                .query(MeetingQueries::summary)
                .list();
    }

    /**
     * The counts of every filter option and the total, in one statement: each facet counts the
     * meetings that pass every filter except its own.
     */
    public MeetingFacets facets(MeetingFilter filter, Audience audience) {
        Conditions c = conditions(filter, audience);
        String sql = "WITH base AS MATERIALIZED (SELECT m.id, m.kind, extract(year FROM m.held_on)::int AS y, "
                + flag(c.partner) + " AS m_partner, " + flag(c.year) + " AS m_year, " + flag(c.kind) + " AS m_kind"
                + " FROM meeting m WHERE " + c.visibility + ")"
                + """
                 SELECT 'total' AS facet, NULL AS key, count(*) AS n, NULL AS name, NULL AS name_ja
                   FROM base WHERE m_partner AND m_year AND m_kind
                 UNION ALL
                 SELECT 'kind', kind, count(*), NULL, NULL FROM base WHERE m_partner AND m_year GROUP BY kind
                 UNION ALL
                 SELECT 'year', y::text, count(*), NULL, NULL FROM base WHERE m_partner AND m_kind GROUP BY y
                 UNION ALL
                 SELECT 'partner', p.slug, count(*), p.name, p.name_ja
                   FROM base b JOIN meeting_partner mp ON mp.meeting_id = b.id JOIN partner p ON p.id = mp.partner_id
                  WHERE p.visibility IN (:visible) AND m_year AND m_kind GROUP BY p.id
                """
                + (filter.partner() == null ? "" : """
                 UNION ALL
                 SELECT 'chosen', p.slug, 0, p.name, p.name_ja FROM partner p
                  WHERE p.slug = :partner AND p.visibility IN (:visible)
                """);
        long[] total = { 0 };
        Map<String, MeetingFacets.PartnerCount> partners = new LinkedHashMap<>();
        Map<MeetingKind, Long> kinds = new EnumMap<>(MeetingKind.class);
        NavigableMap<Integer, Long> years = new TreeMap<>();
        for (MeetingKind k : MeetingKind.values()) {
            kinds.put(k, 0L);
        }
        if (filter.year() != null) {
            years.put(filter.year(), 0L);
        }
        jdbc().sql(sql).params(c.params).query(rs -> {
            String key = rs.getString("key");
            long n = rs.getLong("n");
            switch (rs.getString("facet")) {
                case "total" -> total[0] = n;
                case "kind" -> kinds.put(MeetingKind.valueOf(key), n);
                case "year" -> years.put(Integer.valueOf(key), n);
                case "partner" -> partners.put(key, new MeetingFacets.PartnerCount(
                        new PartnerRef(key, rs.getString("name"), rs.getString("name_ja")), n));
                default -> partners.putIfAbsent(key, new MeetingFacets.PartnerCount(
                        new PartnerRef(key, rs.getString("name"), rs.getString("name_ja")), 0));
            }
        });
        return MeetingFacets.of(total[0], partners.values(), kinds, years);
    }

    public long count(MeetingFilter filter, Audience audience) {
        Where where = where(filter, audience);
        return jdbc().sql("SELECT count(*) FROM meeting m WHERE " + where.sql)
                .params(where.params)
                .query(Long.class)
                .single();
    }

    public List<MeetingSummary> ofPartner(String partnerSlug, Audience audience) {
        Where where = where(new MeetingFilter(partnerSlug, null, null), audience);
        return jdbc().sql("SELECT " + COLUMNS + ", ps.* FROM meeting m " + PARTNERS_LATERAL + " WHERE " + where.sql
                        + " ORDER BY m.held_on, m.id")
                .params(where.params)
                .query(MeetingQueries::summary)
                .list();
    }

    /** The years that have meetings, newest first, for the year filter. */
    public List<Integer> years(Audience audience) {
        return jdbc().sql("SELECT DISTINCT extract(year FROM held_on)::int AS y FROM meeting WHERE visibility IN (:visible)"
                        + " ORDER BY y DESC")
                .param("visible", audience.visibleValues())
                .query(Integer.class)
                .list();
    }

    public long count(Audience audience) {
        return jdbc().sql("SELECT count(*) FROM meeting WHERE visibility IN (:visible)")
                .param("visible", audience.visibleValues())
                .query(Long.class)
                .single();
    }

    /** Why a reader cannot see it: withdrawn (a 410 that says when and why) or not found. */
    public RuntimeException notVisible(long id) {
        return org.citydiplomacy.portal.shared.RecordWithdrawnException.orNotFound(jdbc(), "meeting", "id", id,
                org.citydiplomacy.portal.shared.RecordNotFoundException.meeting(id));
    }

    public Optional<MeetingDetails> details(long id, Audience audience) {
        return jdbc().sql("SELECT m.*, ps.*,"
                        + """
                         (SELECT coalesce(json_agg(json_build_object('name', x.name, 'nameJa', x.name_ja,
                                 'office', x.office, 'officeJa', x.office_ja, 'side', x.side, 'partner', xp.slug)
                                 ORDER BY x.position, x.id), '[]')
                            FROM meeting_participant x LEFT JOIN partner xp ON xp.id = x.partner_id
                           WHERE x.meeting_id = m.id) AS participants_json,
                         (SELECT coalesce(json_agg(json_build_object('id', a.id, 'type', a.type, 'title', a.title,
                                 'titleJa', a.title_ja, 'signedOn', partial_date_iso(a.signed_on, a.signed_on_precision))
                                 ORDER BY a.signed_on, a.id), '[]')
                            FROM meeting_agreement ma JOIN agreement a ON a.id = ma.agreement_id
                           WHERE ma.meeting_id = m.id AND a.visibility IN (:visible)) AS agreements_json,
                         """ + Citation.sourcesJson(CitationSubject.MEETING, "m.id") + """
                     AS sources_json
                          FROM meeting m
                        """ + PARTNERS_LATERAL + " WHERE m.id = :id AND m.visibility IN (:visible)")
                .param("id", id)
                .param("visible", audience.visibleValues())
                .query(this::details)
                .optional();
    }

    private MeetingDetails details(ResultSet rs, int row) throws SQLException {
        return new MeetingDetails(rs.getLong("id"), rs.getString("title"), rs.getString("title_ja"),
                Sql.partialDate(rs, "held_on"), Sql.partialDate(rs, "ends_on"),
                MeetingKind.valueOf(rs.getString("kind")), rs.getString("place"), rs.getString("place_ja"),
                rs.getString("summary"), rs.getString("summary_ja"), Visibility.valueOf(rs.getString("visibility")),
                PartnerRef.fromArrays(rs),
                json(rs, "participants_json", new TypeReference<List<MeetingDetails.Participant>>() { }),
                json(rs, "agreements_json", new TypeReference<List<MeetingDetails.AgreementRef>>() { }),
                json(rs, "sources_json", new TypeReference<List<Citation>>() { }),
                rs.getLong("version"));
    }

    private static MeetingSummary summary(ResultSet rs, int row) throws SQLException {
        return new MeetingSummary(rs.getLong("id"), rs.getString("title"), rs.getString("title_ja"),
                Sql.partialDate(rs, "held_on"), Sql.partialDate(rs, "ends_on"),
                MeetingKind.valueOf(rs.getString("kind")), rs.getString("place"), rs.getString("place_ja"),
                Visibility.valueOf(rs.getString("visibility")), PartnerRef.fromArrays(rs));
    }

    private static Where where(MeetingFilter filter, Audience audience) {
        Conditions c = conditions(filter, audience);
        StringBuilder sql = new StringBuilder(c.visibility);
        for (String part : new String[] { c.partner, c.year, c.kind }) {
            if (part != null) {
                sql.append(" AND ").append(part);
            }
        }
        return new Where(sql.toString(), c.params);
    }

    /** Each filter's condition on its own (null when the filter is not set), for the facet counts. */
    private static Conditions conditions(MeetingFilter filter, Audience audience) {
        Map<String, Object> params = new HashMap<>();
        params.put("visible", audience.visibleValues());
        String partner = null;
        if (filter.partner() != null) {
            partner = "m.id IN (SELECT mp.meeting_id FROM meeting_partner mp JOIN partner p ON p.id = mp.partner_id"
                    + " WHERE p.slug = :partner AND p.visibility IN (:visible))";
            params.put("partner", filter.partner());
        }
        String year = null;
        if (filter.year() != null) {
            year = "m.held_on >= make_date(:year, 1, 1) AND m.held_on < make_date(:year + 1, 1, 1)";
            params.put("year", filter.year());
        }
        String kind = null;
        if (filter.kind() != null) {
            kind = "m.kind = :kind";
            params.put("kind", filter.kind().name());
        }
        return new Conditions("m.visibility IN (:visible)", partner, year, kind, params);
    }

    private record Conditions(String visibility, String partner, String year, String kind, Map<String, Object> params) {
    }

    private static String flag(String condition) {
        return condition == null ? "true" : "(" + condition + ")";
    }

    private record Where(String sql, Map<String, Object> params) {
    }
}
