package org.citydiplomacy.portal.agreements.domain;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.citydiplomacy.portal.history.AuditTrail;
import org.citydiplomacy.portal.history.HistoryService;
import org.citydiplomacy.portal.history.HistorySource;
import org.citydiplomacy.portal.history.RecordType;
import org.citydiplomacy.portal.history.Snapshot;
import org.citydiplomacy.portal.shared.RecordNotFoundException;
import org.citydiplomacy.portal.shared.Sql;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * An agreement's states from its audit rows and its parts' and documents' audit rows: seven
 * statements whatever the number of revisions. Field names are those of the command; the full
 * text in each language is its own field ({@code texts[en]}), documents are listed under
 * {@code documents}.
 */
@Component
class AgreementHistory implements HistorySource {

    private static final String META = "r.revised_at, r.username";

    private final JdbcClient jdbc;

    AgreementHistory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public RecordType type() {
        return RecordType.AGREEMENT;
    }

    @Override
    public List<Snapshot> snapshots(String key) {
        long id = parse(key);
        AuditTrail trail = new AuditTrail().part("partners").part("signatories").part("areas").part("relations")
                .part(HistoryService.DOCUMENTS);
        jdbc.sql("SELECT " + META + ", a.* FROM agreement_aud a JOIN audit_revision r ON r.id = a.rev"
                        + " WHERE a.id = :id ORDER BY a.rev")
                .param("id", id)
                .query((ResultSet rs) -> {
                    meta(trail, rs);
                    trail.root(rs.getLong("rev"), rs.getInt("revtype"), rs.getLong("version"), fields(rs));
                });
        if (trail.snapshots().isEmpty()) {
            boolean exists = jdbc.sql("SELECT count(*) FROM agreement WHERE id = :id").param("id", id)
                    .query(Long.class).single() > 0;
            if (!exists) {
                throw RecordNotFoundException.agreement(id);
            }
        }
        jdbc.sql("SELECT " + META + ", x.rev, x.revtype, x.partner_id, x.position, p.slug"
                        + " FROM agreement_partner_aud x JOIN audit_revision r ON r.id = x.rev"
                        + " LEFT JOIN partner p ON p.id = x.partner_id WHERE x.agreement_id = :id")
                .param("id", id)
                .query((ResultSet rs) -> {
                    meta(trail, rs);
                    trail.element("partners", rs.getLong("rev"), rs.getInt("revtype"),
                            List.of(rs.getLong("partner_id"), rs.getInt("position")), rs.getInt("position"),
                            slugOr(rs, "slug", "partner_id"));
                });
        jdbc.sql("SELECT " + META + ", x.*, p.slug FROM agreement_signatory_aud x"
                        + " JOIN audit_revision r ON r.id = x.rev LEFT JOIN partner p ON p.id = x.partner_id"
                        + " WHERE x.agreement_id = :id")
                .param("id", id)
                .query((ResultSet rs) -> {
                    meta(trail, rs);
                    String display = person(rs);
                    trail.element("signatories", rs.getLong("rev"), rs.getInt("revtype"),
                            List.of(rs.getInt("position"), display), rs.getInt("position"), display);
                });
        jdbc.sql("SELECT " + META + ", x.* FROM agreement_area_aud x JOIN audit_revision r ON r.id = x.rev"
                        + " WHERE x.agreement_id = :id")
                .param("id", id)
                .query((ResultSet rs) -> {
                    meta(trail, rs);
                    String area = rs.getString("area");
                    trail.element("areas", rs.getLong("rev"), rs.getInt("revtype"), area, area, area);
                });
        jdbc.sql("SELECT " + META + ", x.* FROM agreement_relation_aud x JOIN audit_revision r ON r.id = x.rev"
                        + " WHERE x.agreement_id = :id")
                .param("id", id)
                .query((ResultSet rs) -> {
                    meta(trail, rs);
                    String display = rs.getString("kind") + " " + rs.getLong("related_id");
                    trail.element("relations", rs.getLong("rev"), rs.getInt("revtype"), display,
                            rs.getLong("related_id") + " " + rs.getString("kind"), display);
                });
        jdbc.sql("SELECT " + META + ", x.* FROM agreement_text_aud x JOIN audit_revision r ON r.id = x.rev"
                        + " WHERE x.agreement_id = :id")
                .param("id", id)
                .query((ResultSet rs) -> {
                    meta(trail, rs);
                    String title = rs.getString("title");
                    String display = title == null ? rs.getString("body") : title + "\n\n" + rs.getString("body");
                    trail.value("texts[" + rs.getString("language") + "]", rs.getLong("rev"), rs.getInt("revtype"),
                            display, display);
                });
        jdbc.sql("SELECT " + META + ", x.* FROM agreement_document_aud x JOIN audit_revision r ON r.id = x.rev"
                        + " WHERE x.agreement_id = :id")
                .param("id", id)
                .query((ResultSet rs) -> {
                    meta(trail, rs);
                    long documentId = rs.getLong("id");
                    trail.element(HistoryService.DOCUMENTS, rs.getLong("rev"), rs.getInt("revtype"), documentId,
                            documentId, document(rs));
                });
        return trail.snapshots();
    }

    private static long parse(String key) {
        try {
            return Long.parseLong(key);
        }
        catch (NumberFormatException ex) {
            throw RecordNotFoundException.agreement(-1);
        }
    }

    private static void meta(AuditTrail trail, ResultSet rs) throws SQLException {
        trail.revision(rs.getLong("rev"), rs.getTimestamp("revised_at").toInstant(), rs.getString("username"));
    }

    private static Map<String, Object> fields(ResultSet rs) throws SQLException {
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("type", rs.getString("type"));
        f.put("title", rs.getString("title"));
        f.put("titleJa", rs.getString("title_ja"));
        Object signed = Sql.partialDate(rs, "signed_on");
        f.put("signedOn", signed == null ? null : signed.toString());
        f.put("place", rs.getString("place"));
        f.put("placeJa", rs.getString("place_ja"));
        f.put("summary", rs.getString("summary"));
        f.put("summaryJa", rs.getString("summary_ja"));
        f.put("status", rs.getString("status"));
        f.put("reviewOn", iso(rs, "review_on"));
        f.put("expiresOn", iso(rs, "expires_on"));
        f.put("visibility", rs.getString("visibility"));
        f.put("staffNotes", rs.getString("staff_notes"));
        return f;
    }

    private static String iso(ResultSet rs, String column) throws SQLException {
        java.time.LocalDate date = Sql.date(rs, column);
        return date == null ? null : date.toString();
    }

    /** "Name / 名前, Office / 役職 (PARTNER: slug)", leaving out what is not known. */
    static String person(ResultSet rs) throws SQLException {
        StringBuilder s = new StringBuilder();
        append(s, "", rs.getString("name"));
        append(s, " / ", rs.getString("name_ja"));
        append(s, s.isEmpty() ? "" : ", ", rs.getString("office"));
        append(s, " / ", rs.getString("office_ja"));
        s.append(" (").append(rs.getString("side"));
        String slug = rs.getString("slug");
        if (slug != null) {
            s.append(": ").append(slug);
        }
        return s.append(')').toString();
    }

    private static void append(StringBuilder s, String separator, String value) {
        if (value != null) {
            s.append(separator).append(value);
        }
    }

    private static String slugOr(ResultSet rs, String slugColumn, String idColumn) throws SQLException {
        String slug = rs.getString(slugColumn);
        return slug != null ? slug : "#" + rs.getLong(idColumn);
    }

    private static String document(ResultSet rs) throws SQLException {
        return String.join(" · ", Arrays.asList(rs.getString("language"), rs.getString("filename"),
                rs.getLong("size_bytes") + " bytes", "SHA-256 " + rs.getString("sha256"),
                rs.getString("visibility")));
    }
}
