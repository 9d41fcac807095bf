package org.citydiplomacy.portal.partners.domain;

import java.math.BigDecimal;
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
import org.citydiplomacy.portal.shared.RecordNotFoundException;
import org.citydiplomacy.portal.shared.Sql;
import org.springframework.stereotype.Component;

/** A partner's states from its audit rows, in one statement. Field names are those of the command. */
@Component
class PartnerHistory extends AuditedHistorySource {

    PartnerHistory(AuditTrailReader audit) {
        super(RecordType.PARTNER, audit);
    }

    @Override
    public List<Snapshot> snapshots(String slug) {
        long id = audit().idBySlug("partner", slug).orElseThrow(() -> RecordNotFoundException.partner(slug));
        return audit().record("partner", id, new AuditTrail(), PartnerHistory::fields).snapshots();
    }

    private static Map<String, Object> fields(ResultSet rs) throws SQLException {
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("name", rs.getString("name"));
        f.put("nameJa", rs.getString("name_ja"));
        f.put("officialName", rs.getString("official_name"));
        f.put("kind", Phrase.value("partnerKind", rs.getString("kind")));
        f.put("country", rs.getString("country"));
        f.put("latitude", plain(rs.getBigDecimal("latitude")));
        f.put("longitude", plain(rs.getBigDecimal("longitude")));
        f.put("relationship", Phrase.value("relationship", rs.getString("relationship")));
        Object since = Sql.partialDate(rs, "relationship_since");
        f.put("relationshipSince", since == null ? null : since.toString());
        f.put("cityTerm", rs.getString("city_term"));
        f.put("cityTermJa", rs.getString("city_term_ja"));
        f.put("partnerTerm", rs.getString("partner_term"));
        f.put("relationshipNote", rs.getString("relationship_note"));
        f.put("relationshipNoteJa", rs.getString("relationship_note_ja"));
        f.put("staffNotes", rs.getString("staff_notes"));
        f.put("withdrawalReason", rs.getString("withdrawal_reason"));
        f.put("visibility", Phrase.value("visibility", rs.getString("visibility")));
        return f;
    }

    private static String plain(BigDecimal value) {
        return value == null ? null : value.stripTrailingZeros().toPlainString();
    }
}
