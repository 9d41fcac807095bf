package org.citydiplomacy.portal.platform.database;

import java.net.ConnectException;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

import org.hibernate.exception.JDBCConnectionException;
import org.springframework.dao.DataAccessResourceFailureException;

/**
 * Tells a database that is away (stopped, restarting, failing over, unreachable) from every other
 * failure, so that a request that needed it answers 503 with {@code Retry-After} instead of 500.
 * The pool gives up on a connection after {@code PORTAL_DB_CONNECTION_TIMEOUT} (2 s by default).
 */
public final class DatabaseOutages {

    /** What {@code Retry-After} says: the pool retries meanwhile, and recovers by itself. */
    public static final int RETRY_AFTER_SECONDS = 5;

    /**
     * What Hikari's stand-in for a connection that was closed under a transaction throws, without an
     * SQLSTATE: seen in the outage drill when PostgreSQL stopped during a query and the rollback that
     * followed had no connection left ("Application exception overridden by rollback exception").
     */
    private static final String HIKARI_CLOSED_CONNECTION = "Connection is closed";

    private DatabaseOutages() {
    }

    /** Whether {@code failure}, or anything that caused it, says the database could not be reached. */
    public static boolean causedBy(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof DataAccessResourceFailureException
                    || t instanceof JDBCConnectionException || t instanceof SQLTransientConnectionException
                    || t instanceof ConnectException || t instanceof SocketTimeoutException
                    || t instanceof SocketException) {
                return true;
            }
            if (t instanceof SQLException sql && (isConnectionState(sql.getSQLState())
                    || HIKARI_CLOSED_CONNECTION.equals(sql.getMessage()))) {
                return true;
            }
        }
        return false;
    }

    /**
     * SQLSTATE class 08 (connection exception) and 57P01-57P03 (the server is shutting down, crashed
     * or starting up: "cannot connect now").
     */
    private static boolean isConnectionState(String state) {
        return state != null && (state.startsWith("08") || state.startsWith("57P0"));
    }
}
