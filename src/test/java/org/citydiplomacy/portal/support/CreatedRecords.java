package org.citydiplomacy.portal.support;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Takes back the partners, agreements and meetings a test created (their parts and documents go with
 * them), so that the tests of the seeded data see the seed alone, in any order. Audit rows stay: they
 * refer to no record row. Note the state before the test, remove after it.
 */
public final class CreatedRecords {

    private final JdbcClient jdbc;
    private final long lastPartner;
    private final long lastAgreement;
    private final long lastMeeting;

    private CreatedRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
        this.lastPartner = maxId(jdbc, "partner");
        this.lastAgreement = maxId(jdbc, "agreement");
        this.lastMeeting = maxId(jdbc, "meeting");
    }

    public static CreatedRecords noteBefore(JdbcClient jdbc) {
        return new CreatedRecords(jdbc);
    }

    public void remove() {
        jdbc.sql("DELETE FROM meeting WHERE id > :id").param("id", lastMeeting).update();
        jdbc.sql("DELETE FROM agreement WHERE id > :id").param("id", lastAgreement).update();
        jdbc.sql("DELETE FROM agreement_signatory WHERE partner_id > :id").param("id", lastPartner).update();
        jdbc.sql("DELETE FROM meeting_participant WHERE partner_id > :id").param("id", lastPartner).update();
        jdbc.sql("DELETE FROM meeting_partner WHERE partner_id > :id").param("id", lastPartner).update();
        jdbc.sql("DELETE FROM agreement_partner WHERE partner_id > :id").param("id", lastPartner).update();
        jdbc.sql("DELETE FROM partner WHERE id > :id").param("id", lastPartner).update();
    }

    private static long maxId(JdbcClient jdbc, String table) {
        return jdbc.sql("SELECT coalesce(max(id), 0) FROM " + table).query(Long.class).single();
    }
}
