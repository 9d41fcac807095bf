package org.citydiplomacy.portal.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;

/**
 * The history module started alone (Spring Modulith's standalone bootstrap: only its own beans and
 * the auto-configuration, on the test run's PostgreSQL): it reads the audit rows the seed wrote.
 */
@ApplicationModuleTest
class HistoryModuleTest {

    @Autowired
    AuditTrailReader audit;

    @Autowired
    JdbcClient jdbc;

    @Test
    void startsAloneAndReadsTheSeedsAuditRowsOfAnAgreementAndItsSignatories() {
        long id = jdbc.sql("SELECT min(id) FROM agreement").query(Long.class).single();
        String title = jdbc.sql("SELECT title FROM agreement WHERE id = :id").param("id", id).query(String.class)
                .single();
        AuditTrail trail = audit.record("agreement", id, new AuditTrail().part("signatories"),
                row -> Map.of("title", row.getString("title")));
        audit.parts(trail, "agreement_signatory", "agreement_id", id, true, (t, rev, revtype, row) ->
                t.element("signatories", rev, revtype, row.getInt("position"), row.getInt("position"),
                        AuditTrailReader.person(row)));

        List<Snapshot> snapshots = trail.snapshots();

        assertThat(snapshots).hasSize(1);
        Snapshot seeded = snapshots.get(0);
        assertThat(seeded.created()).isTrue();
        assertThat(seeded.username()).isEqualTo("seed");
        assertThat(seeded.fields()).containsEntry("title", title).containsKey("signatories");
    }

    @Test
    void knowsWhichRecordsExist() {
        long id = jdbc.sql("SELECT min(id) FROM agreement").query(Long.class).single();
        assertThat(audit.exists("agreement", id)).isTrue();
        assertThat(audit.exists("agreement", -1)).isFalse();
    }
}
