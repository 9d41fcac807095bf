package org.citydiplomacy.portal.meetings.domain;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.citydiplomacy.portal.history.AuditTrail;
import org.citydiplomacy.portal.history.AuditTrailReader;
import org.citydiplomacy.portal.history.AuditedHistorySource;
import org.citydiplomacy.portal.history.Phrase;
import org.citydiplomacy.portal.history.RecordType;
import org.citydiplomacy.portal.history.Snapshot;
import org.citydiplomacy.portal.shared.PartialDate;
import org.citydiplomacy.portal.shared.RecordNotFoundException;
import org.citydiplomacy.portal.shared.Sql;
import org.springframework.stereotype.Component;

/** A meeting's states from its audit rows and its parts': four statements whatever the number of revisions. */
@Component
class MeetingHistory extends AuditedHistorySource {

    MeetingHistory(AuditTrailReader audit) {
        super(RecordType.MEETING, audit);
    }

    @Override
    public List<Snapshot> snapshots(String key) {
        AuditTrail trail = audit().record("meeting", key,
                new AuditTrail().part("partners").part("participants").part("agreements"), MeetingHistory::fields,
                RecordNotFoundException::meeting);
        long id = Long.parseLong(key); // a number: the trail was read by it
        audit().partnerLinks(trail, "meeting_partner", "meeting_id", id);
        audit().people(trail, "participants", "meeting_participant", "meeting_id", id);
        audit().parts(trail, "meeting_agreement", "meeting_id", id, false, (t, rev, revtype, rs) -> {
            long agreementId = rs.getLong("agreement_id");
            t.element("agreements", rev, revtype, agreementId, agreementId, agreementId);
        });
        return trail.snapshots();
    }

    private static Map<String, Object> fields(ResultSet rs) throws SQLException {
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("title", rs.getString("title"));
        f.put("titleJa", rs.getString("title_ja"));
        PartialDate held = Sql.partialDate(rs, "held_on");
        f.put("date", held == null ? null : held.toString());
        PartialDate ends = Sql.partialDate(rs, "ends_on");
        f.put("endDate", ends == null ? null : ends.toString());
        f.put("kind", Phrase.value("meetingKind", rs.getString("kind")));
        f.put("place", rs.getString("place"));
        f.put("placeJa", rs.getString("place_ja"));
        f.put("summary", rs.getString("summary"));
        f.put("summaryJa", rs.getString("summary_ja"));
        f.put("visibility", Phrase.value("visibility", rs.getString("visibility")));
        f.put("staffNotes", rs.getString("staff_notes"));
        f.put("withdrawalReason", rs.getString("withdrawal_reason"));
        return f;
    }
}
