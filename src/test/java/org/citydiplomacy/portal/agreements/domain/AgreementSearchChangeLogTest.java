package org.citydiplomacy.portal.agreements.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.citydiplomacy.portal.support.PortalTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

/**
 * The log of agreements whose search words or visibility changed (V172), which the search lexicon reads to
 * catch up: each insert, delete and change of words or visibility is logged at the data version its
 * statement moved to; a change of status alone is not.
 */
@PortalTest
@Transactional
class AgreementSearchChangeLogTest {

    @Autowired
    JdbcClient jdbc;

    @Test
    void logsTheAgreementsWhoseWordsOrVisibilityChangedAtTheirStatementsVersion() {
        long before = current();
        long id = jdbc.sql("""
                INSERT INTO agreement (type, title, signed_on, signed_on_precision, status, visibility)
                VALUES ('OTHER', 'Changelog memorandum', DATE '2020-02-02', 'DAY', 'IN_FORCE', 'PUBLISHED') RETURNING id""")
                .query(Long.class).single();
        assertLoggedOnceMoreBetween(id, 0, before, current());

        assertLoggedOnceMoreBetween(id, 1, "UPDATE agreement SET title = 'Changelog communiqué' WHERE id = ?");
        assertLoggedOnceMoreBetween(id, 2, "UPDATE agreement SET visibility = 'DRAFT' WHERE id = ?");
        long at = current();
        jdbc.sql("UPDATE agreement SET status = 'EXPIRED' WHERE id = ?").param(id).update();
        assertThat(logged(id)).as("a change of status alone").hasSize(3);
        assertThat(current()).isGreaterThan(at);
        // The version of the statement that deleted it: the rows it cascades to move the version on afterwards.
        assertLoggedOnceMoreBetween(id, 3, "DELETE FROM agreement WHERE id = ?");
    }

    private void assertLoggedOnceMoreBetween(long id, int already, String statement) {
        long before = current();
        jdbc.sql(statement).param(id).update();
        assertLoggedOnceMoreBetween(id, already, before, current());
    }

    private void assertLoggedOnceMoreBetween(long id, int already, long before, long after) {
        List<Long> versions = logged(id);
        assertThat(versions).as(statementOf(already)).hasSize(already + 1);
        assertThat(versions.get(already)).as(statementOf(already)).isGreaterThan(before).isLessThanOrEqualTo(after);
    }

    private static String statementOf(int already) {
        return new String[] { "insert", "title", "visibility", "delete" }[already];
    }

    private List<Long> logged(long id) {
        return jdbc.sql("SELECT version FROM agreement_search_change WHERE agreement_id = ? ORDER BY version")
                .param(id).query(Long.class).list();
    }

    private long current() {
        return jdbc.sql("SELECT version FROM data_version WHERE id").query(Long.class).single();
    }
}
