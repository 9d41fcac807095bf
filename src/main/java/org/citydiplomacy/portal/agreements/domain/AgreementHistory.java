package org.citydiplomacy.portal.agreements.domain;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.citydiplomacy.portal.history.AuditTrail;
import org.citydiplomacy.portal.history.AuditTrailReader;
import org.citydiplomacy.portal.history.HistoryService;
import org.citydiplomacy.portal.history.AuditedHistorySource;
import org.citydiplomacy.portal.history.Phrase;
import org.citydiplomacy.portal.history.RecordType;
import org.citydiplomacy.portal.history.Snapshot;
import org.citydiplomacy.portal.shared.RecordNotFoundException;
import org.citydiplomacy.portal.shared.Sql;
import org.springframework.stereotype.Component;

/**
 * An agreement's states from its audit rows and its parts' and documents' audit rows: seven
 * statements whatever the number of revisions (eight for an agreement without audit rows). Field names are those of the command; the full
 * text in each language is its own field ({@code texts[en]}), documents are listed under
 * {@code documents}.
 */
@Component
class AgreementHistory extends AuditedHistorySource {

    AgreementHistory(AuditTrailReader audit) {
        super(RecordType.AGREEMENT, audit);
    }

    @Override
    public List<Snapshot> snapshots(String key) {
        AuditTrail trail = audit().record("agreement", key, new AuditTrail().part("partners").part("signatories")
                .part("areas").part("relations").part(HistoryService.DOCUMENTS), AgreementHistory::fields,
                RecordNotFoundException::agreement);
        long id = Long.parseLong(key); // a number: the trail was read by it
        audit().partnerLinks(trail, "agreement_partner", "agreement_id", id);
        audit().people(trail, "signatories", "agreement_signatory", "agreement_id", id);
        audit().parts(trail, "agreement_area", "agreement_id", id, false, (t, rev, revtype, rs) -> {
            String area = rs.getString("area");
            t.element("areas", rev, revtype, area, area, Phrase.value("area", area));
        });
        audit().parts(trail, "agreement_relation", "agreement_id", id, false, (t, rev, revtype, rs) -> {
            String kind = rs.getString("kind");
            long related = rs.getLong("related_id");
            String raw = kind + " " + related;
            t.element("relations", rev, revtype, raw, related + " " + kind,
                    Phrase.of(raw, "history.relation", Phrase.value("relationKind", kind), related));
        });
        audit().parts(trail, "agreement_text", "agreement_id", id, false, (t, rev, revtype, rs) -> {
            String title = rs.getString("title");
            String display = title == null ? rs.getString("body") : title + "\n\n" + rs.getString("body");
            t.value("texts[" + rs.getString("language") + "]", rev, revtype, display, display);
        });
        audit().parts(trail, "agreement_document", "agreement_id", id, false, (t, rev, revtype, rs) -> {
            long documentId = rs.getLong("id");
            t.element(HistoryService.DOCUMENTS, rev, revtype, documentId, documentId, document(rs));
        });
        return trail.snapshots();
    }

    private static Map<String, Object> fields(ResultSet rs) throws SQLException {
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("type", Phrase.value("agreementType", rs.getString("type")));
        f.put("title", rs.getString("title"));
        f.put("titleJa", rs.getString("title_ja"));
        Object signed = Sql.partialDate(rs, "signed_on");
        f.put("signedOn", signed == null ? null : signed.toString());
        f.put("place", rs.getString("place"));
        f.put("placeJa", rs.getString("place_ja"));
        f.put("summary", rs.getString("summary"));
        f.put("summaryJa", rs.getString("summary_ja"));
        f.put("status", Phrase.value("agreementStatus", rs.getString("status")));
        f.put("reviewOn", iso(rs, "review_on"));
        f.put("expiresOn", iso(rs, "expires_on"));
        f.put("visibility", Phrase.value("visibility", rs.getString("visibility")));
        f.put("staffNotes", rs.getString("staff_notes"));
        f.put("withdrawalReason", rs.getString("withdrawal_reason"));
        return f;
    }

    private static String iso(ResultSet rs, String column) throws SQLException {
        java.time.LocalDate date = Sql.date(rs, column);
        return date == null ? null : date.toString();
    }

    private static Phrase document(ResultSet rs) throws SQLException {
        long size = rs.getLong("size_bytes");
        String visibility = rs.getString("visibility");
        String reason = rs.getString("withdrawal_reason");
        String raw = String.join(" · ", Arrays.asList(rs.getString("language"), rs.getString("filename"),
                size + " bytes", "SHA-256 " + rs.getString("sha256"), visibility)) + (reason == null ? "" : ": " + reason);
        return Phrase.of(raw, reason == null ? "history.document" : "history.document.withdrawn",
                rs.getString("language"), rs.getString("filename"),
                Phrase.of(size + " bytes", "format.fileSize.bytes", size), rs.getString("sha256"),
                Phrase.value("visibility", visibility), reason);
    }
}
