package org.citydiplomacy.portal.agreements.domain;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.citydiplomacy.portal.agreements.CooperationArea;
import org.citydiplomacy.portal.agreements.domain.AgreementImportBatch.Pending;
import org.citydiplomacy.portal.history.ChangeSets;
import org.citydiplomacy.portal.platform.security.CurrentUser;
import org.citydiplomacy.portal.shared.Office;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.json.JsonMapper;

/**
 * Writes a lot of new agreements in six statements, whatever their number: their ids, then their partners,
 * the agreements and their areas, each list one JSON parameter (read by {@code jsonb_to_recordset}) written
 * into its table and, in the same statement, into its audit table as Envers writes a creation (type 0;
 * a set's elements numbered from 0, here in the partners' order) under the transaction's change set. Few
 * statements matter beyond the round trips: each one also moves the data version (V20) and rebuilds the
 * search documents of the agreements it touched (V140).
 */
record AgreementBulkInserts(JdbcClient jdbc, JsonMapper json, ChangeSets changeSets) {

    /** @return the new agreements' ids, in the order given */
    List<Long> insert(List<Pending> lot) {
        List<Long> ids = jdbc.sql("SELECT nextval(pg_get_serial_sequence('agreement', 'id')) FROM generate_series(1, :n)")
                .param("n", lot.size()).query(Long.class).list().stream().sorted().toList();
        List<Map<String, Object>> agreements = new ArrayList<>();
        List<Map<String, Object>> partners = new ArrayList<>();
        List<Map<String, Object>> areas = new ArrayList<>();
        for (int i = 0; i < lot.size(); i++) {
            long id = ids.get(i);
            var c = lot.get(i).command();
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("id", id);
            row.put("type", c.type().name());
            row.put("title", c.title());
            row.put("title_ja", c.titleJa());
            row.put("signed_on", c.signedOn().start().toString());
            row.put("signed_on_precision", c.signedOn().precision().name());
            row.put("place", c.place());
            row.put("place_ja", c.placeJa());
            row.put("summary", c.summary());
            row.put("summary_ja", c.summaryJa());
            row.put("status", c.status().name());
            row.put("review_on", c.reviewOn() == null ? null : c.reviewOn().toString());
            row.put("expires_on", c.expiresOn() == null ? null : c.expiresOn().toString());
            row.put("visibility", c.visibility().name());
            row.put("staff_notes", c.staffNotes());
            agreements.add(row);
            List<String> slugs = c.partners().stream().distinct().toList();
            for (int position = 0; position < slugs.size(); position++) {
                partners.add(Map.of("agreement_id", id, "partner_id", lot.get(i).partnerIds().get(slugs.get(position)),
                        "position", position));
            }
            for (CooperationArea area : c.areas()) {
                areas.add(Map.of("agreement_id", id, "area", area.name()));
            }
        }
        Timestamp now = Timestamp.from(Office.now());
        long revision = changeSets.current();
        // The partners first (their link to the agreement checked at the end of this step), so that the
        // agreement's insert trigger builds its search document with their names, once (V140).
        jdbc.sql("SET CONSTRAINTS agreement_partner_agreement_id_fkey DEFERRED").update();
        jdbc.sql("""
                WITH r AS (SELECT * FROM jsonb_to_recordset(CAST(:rows AS jsonb))
                                       AS r(agreement_id bigint, partner_id bigint, position integer)),
                     written AS (INSERT INTO agreement_partner (agreement_id, partner_id, position)
                                 SELECT agreement_id, partner_id, position FROM r)
                INSERT INTO agreement_partner_aud (agreement_id, rev, revtype, setordinal, partner_id, position)
                SELECT agreement_id, :rev, 0, position, partner_id, position FROM r""")
                .param("rows", json.writeValueAsString(partners)).param("rev", revision).update();
        jdbc.sql("""
                WITH r AS (SELECT * FROM jsonb_to_recordset(CAST(:rows AS jsonb))
                                       AS r(id bigint, type text, title text, title_ja text, signed_on date,
                                            signed_on_precision text, place text, place_ja text, summary text,
                                            summary_ja text, status text, review_on date, expires_on date,
                                            visibility text, staff_notes text)),
                     written AS (INSERT INTO agreement (id, type, title, title_ja, signed_on, signed_on_precision, place,
                                         place_ja, summary, summary_ja, status, review_on, expires_on, visibility,
                                         staff_notes, version, created_at, created_by, updated_at, updated_by)
                                 SELECT id, type, title, title_ja, signed_on, signed_on_precision, place, place_ja,
                                        summary, summary_ja, status, review_on, expires_on, visibility, staff_notes, 0,
                                        :now, :user, :now, :user FROM r)
                INSERT INTO agreement_aud (id, rev, revtype, version, type, title, title_ja, signed_on, signed_on_precision,
                        place, place_ja, summary, summary_ja, status, review_on, expires_on, visibility, staff_notes)
                SELECT id, :rev, 0, 0, type, title, title_ja, signed_on, signed_on_precision, place, place_ja, summary,
                       summary_ja, status, review_on, expires_on, visibility, staff_notes FROM r""")
                .param("now", now).param("user", CurrentUser.name()).param("rev", revision)
                .param("rows", json.writeValueAsString(agreements)).update();
        jdbc.sql("SET CONSTRAINTS agreement_partner_agreement_id_fkey IMMEDIATE").update();
        if (!areas.isEmpty()) {
            jdbc.sql("""
                    WITH r AS (SELECT * FROM jsonb_to_recordset(CAST(:rows AS jsonb)) AS r(agreement_id bigint, area text)),
                         written AS (INSERT INTO agreement_area (agreement_id, area) SELECT agreement_id, area FROM r)
                    INSERT INTO agreement_area_aud (agreement_id, rev, revtype, area) SELECT agreement_id, :rev, 0, area FROM r""")
                    .param("rows", json.writeValueAsString(areas)).param("rev", revision).update();
        }
        return ids;
    }
}
