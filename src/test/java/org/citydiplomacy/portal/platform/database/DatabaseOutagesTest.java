package org.citydiplomacy.portal.platform.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.orm.jpa.JpaSystemException;
import org.springframework.transaction.CannotCreateTransactionException;

class DatabaseOutagesTest {

    @Test
    void recognisesADatabaseThatCannotBeReachedWhereverItIsInTheCauses() {
        assertThat(DatabaseOutages.causedBy(new CannotGetJdbcConnectionException("no connection",
                new SQLTransientConnectionException("HikariPool-1 - Connection is not available")))).isTrue();
        assertThat(DatabaseOutages.causedBy(new CannotCreateTransactionException("Could not open JPA EntityManager",
                new IllegalStateException(new ConnectException("Connection refused"))))).isTrue();
        assertThat(DatabaseOutages.causedBy(new RuntimeException(new SQLException("FATAL: terminating connection", "57P01")))).isTrue();
        assertThat(DatabaseOutages.causedBy(new RuntimeException(new SQLException("The connection attempt failed.", "08001")))).isTrue();
        // A rollback after the server vanished: Hikari's closed connection says so without an SQLSTATE.
        assertThat(DatabaseOutages.causedBy(new JpaSystemException(new RuntimeException("Unable to rollback against JDBC Connection",
                new SQLException("Connection is closed"))))).isTrue();
    }

    @Test
    void leavesOtherFailuresAlone() {
        assertThat(DatabaseOutages.causedBy(new DataIntegrityViolationException("duplicate key",
                new SQLException("duplicate key value violates unique constraint", "23505")))).isFalse();
        assertThat(DatabaseOutages.causedBy(new CannotCreateTransactionException("Could not open JPA EntityManager",
                new IllegalStateException("something else")))).isFalse();
        assertThat(DatabaseOutages.causedBy(new IllegalArgumentException("no"))).isFalse();
        assertThat(DatabaseOutages.causedBy(null)).isFalse();
    }
}
