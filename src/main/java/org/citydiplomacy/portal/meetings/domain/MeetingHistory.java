package org.citydiplomacy.portal.meetings.domain;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.citydiplomacy.portal.history.AuditTrail;
import org.citydiplomacy.portal.history.HistorySource;
import org.citydiplomacy.portal.history.RecordType;
import org.citydiplomacy.portal.history.Snapshot;
import org.citydiplomacy.portal.shared.PartialDate;
import org.citydiplomacy.portal.shared.RecordNotFoundException;
import org.citydiplomacy.portal.shared.Sql;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** A meeting's states from its audit rows and its parts': four statements whatever the number of revisions. */
@Component
class MeetingHistory implements HistorySource {

    private static final String META = "r.revised_at, r.username";

    private final JdbcClient jdbc;

    MeetingHistory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public RecordType type() {
        return RecordType.MEETING;
    }

    @Override
    public List<Snapshot> snapshots(String key) {
        long id;
        try {
            id = Long.parseLong(key);
        }
        catch (NumberFormatException ex) {
            throw RecordNotFoundException.meeting(-1);
        }
        AuditTrail trail = new AuditTrail().part("partners").part("participants").part("agreements");
        jdbc.sql("SELECT " + META + ", m.* FROM meeting_aud m JOIN audit_revision r ON r.id = m.rev"
                        + " WHERE m.id = :id ORDER BY m.rev")
                .param("id", id)
                .query((ResultSet rs) -> {
                    meta(trail, rs);
                    trail.root(rs.getLong("rev"), rs.getInt("revtype"), rs.getLong("version"), fields(rs));
                });
        if (trail.snapshots().isEmpty()
                && jdbc.sql("SELECT count(*) FROM meeting WHERE id = :id").param("id", id).query(Long.class).single() == 0) {
            throw RecordNotFoundException.meeting(id);
        }
        jdbc.sql("SELECT " + META + ", x.rev, x.revtype, x.partner_id, x.position, p.slug"
                        + " FROM meeting_partner_aud x JOIN audit_revision r ON r.id = x.rev"
                        + " LEFT JOIN partner p ON p.id = x.partner_id WHERE x.meeting_id = :id")
                .param("id", id)
                .query((ResultSet rs) -> {
                    meta(trail, rs);
                    String slug = rs.getString("slug");
                    trail.element("partners", rs.getLong("rev"), rs.getInt("revtype"),
                            List.of(rs.getLong("partner_id"), rs.getInt("position")), rs.getInt("position"),
                            slug != null ? slug : "#" + rs.getLong("partner_id"));
                });
        jdbc.sql("SELECT " + META + ", x.*, p.slug FROM meeting_participant_aud x"
                        + " JOIN audit_revision r ON r.id = x.rev LEFT JOIN partner p ON p.id = x.partner_id"
                        + " WHERE x.meeting_id = :id")
                .param("id", id)
                .query((ResultSet rs) -> {
                    meta(trail, rs);
                    String display = person(rs);
                    trail.element("participants", rs.getLong("rev"), rs.getInt("revtype"),
                            List.of(rs.getInt("position"), display), rs.getInt("position"), display);
                });
        jdbc.sql("SELECT " + META + ", x.* FROM meeting_agreement_aud x JOIN audit_revision r ON r.id = x.rev"
                        + " WHERE x.meeting_id = :id")
                .param("id", id)
                .query((ResultSet rs) -> {
                    meta(trail, rs);
                    long agreementId = rs.getLong("agreement_id");
                    trail.element("agreements", rs.getLong("rev"), rs.getInt("revtype"), agreementId, agreementId,
                            agreementId);
                });
        return trail.snapshots();
    }

    private static void meta(AuditTrail trail, ResultSet rs) throws SQLException {
        trail.revision(rs.getLong("rev"), rs.getTimestamp("revised_at").toInstant(), rs.getString("username"));
    }

    private static Map<String, Object> fields(ResultSet rs) throws SQLException {
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("title", rs.getString("title"));
        f.put("titleJa", rs.getString("title_ja"));
        PartialDate held = Sql.partialDate(rs, "held_on");
        f.put("date", held == null ? null : held.toString());
        PartialDate ends = Sql.partialDate(rs, "ends_on");
        f.put("endDate", ends == null ? null : ends.toString());
        f.put("kind", rs.getString("kind"));
        f.put("place", rs.getString("place"));
        f.put("placeJa", rs.getString("place_ja"));
        f.put("summary", rs.getString("summary"));
        f.put("summaryJa", rs.getString("summary_ja"));
        f.put("visibility", rs.getString("visibility"));
        f.put("staffNotes", rs.getString("staff_notes"));
        return f;
    }

    private static String person(ResultSet rs) throws SQLException {
        StringBuilder s = new StringBuilder();
        String[][] parts = { { "", rs.getString("name") }, { " / ", rs.getString("name_ja") } };
        for (String[] part : parts) {
            if (part[1] != null) {
                s.append(part[0]).append(part[1]);
            }
        }
        String office = rs.getString("office");
        if (office != null) {
            s.append(s.isEmpty() ? "" : ", ").append(office);
        }
        String officeJa = rs.getString("office_ja");
        if (officeJa != null) {
            s.append(" / ").append(officeJa);
        }
        s.append(" (").append(rs.getString("side"));
        String slug = rs.getString("slug");
        if (slug != null) {
            s.append(": ").append(slug);
        }
        return s.append(')').toString();
    }
}
