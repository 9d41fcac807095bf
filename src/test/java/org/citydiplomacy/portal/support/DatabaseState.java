package org.citydiplomacy.portal.support;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What a refused write must leave as it was: the number of rows of every table a write can touch
 * (history included) and the data version that every committed change raises.
 */
public record DatabaseState(Map<String, Long> rows, long dataVersion) {

    static final List<String> TABLES = List.of("partner", "agreement", "agreement_partner", "agreement_signatory",
            "agreement_area", "agreement_relation", "agreement_text", "agreement_document", "meeting",
            "meeting_partner", "meeting_participant", "meeting_agreement", "audit_revision", "agreement_aud",
            "partner_aud", "meeting_aud");

    public static DatabaseState of(JdbcClient jdbc) {
        StringBuilder sql = new StringBuilder("SELECT ");
        for (int i = 0; i < TABLES.size(); i++) {
            sql.append(i == 0 ? "" : ", ").append("(SELECT count(*) FROM ").append(TABLES.get(i)).append(")");
        }
        sql.append(", (SELECT version FROM data_version)");
        return jdbc.sql(sql.toString()).query((rs, n) -> {
            Map<String, Long> rows = new LinkedHashMap<>();
            for (int i = 0; i < TABLES.size(); i++) {
                rows.put(TABLES.get(i), rs.getLong(i + 1));
            }
            return new DatabaseState(rows, rs.getLong(TABLES.size() + 1));
        }).single();
    }
}
