package org.citydiplomacy.portal.platform.idempotency;

import java.sql.SQLException;
import java.time.Duration;
import java.util.Optional;

import org.springframework.dao.CannotAcquireLockException;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The keys in table {@code idempotency_key} (migration V85). Every method runs in the caller's
 * transaction: the key is claimed, and its answer stored, in the same transaction as the record
 * the request creates.
 */
class IdempotencyKeys {

    private static final String LOCK_NOT_AVAILABLE = "55P03";

    private final JdbcClient jdbc;

    IdempotencyKeys(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Claims the key for this request, or answers false if another request holds it. A request
     * that holds it but has not finished makes this wait (on the primary key) until that one's
     * transaction ends, at most {@code wait}; longer fails with a lock exception.
     */
    boolean claim(String owner, String key, Duration wait) {
        // A key kept past its 24 hours is free again. Expired keys go a few at a time, skipping any that
        // another request is removing, so that no request waits for another's purge.
        jdbc.sql("""
                DELETE FROM idempotency_key WHERE (owner, idempotency_key) IN (
                    SELECT owner, idempotency_key FROM idempotency_key WHERE expires_at < now()
                     LIMIT 100 FOR UPDATE SKIP LOCKED)""").update();
        String previous = jdbc.sql("SELECT current_setting('lock_timeout')").query(String.class).single();
        jdbc.sql("SELECT set_config('lock_timeout', :wait, true)").param("wait", wait.toMillis() + "ms")
                .query(String.class).single();
        int claimed;
        try {
            claimed = jdbc.sql("""
                    INSERT INTO idempotency_key (owner, idempotency_key, fingerprint, status, body, expires_at)
                    VALUES (:owner, :key, '\\x'::bytea, 0, '\\x'::bytea, now() + interval '24 hours')
                    ON CONFLICT (owner, idempotency_key) DO NOTHING""")
                    .param("owner", owner).param("key", key).update();
        }
        catch (DataAccessException ex) {
            // PostgreSQL's lock_not_available, which the generic translator leaves uncategorised.
            if (ex.getMostSpecificCause() instanceof SQLException sql && LOCK_NOT_AVAILABLE.equals(sql.getSQLState())) {
                throw new CannotAcquireLockException("Idempotency-Key held by another request", ex);
            }
            throw ex;
        }
        jdbc.sql("SELECT set_config('lock_timeout', :previous, true)").param("previous", previous)
                .query(String.class).single();
        return claimed == 1;
    }

    /** The answer given to the earlier request with this key, if it is still kept. */
    Optional<StoredAnswer> find(String owner, String key) {
        return jdbc.sql("""
                SELECT fingerprint, status, location, etag, content_type, body FROM idempotency_key
                 WHERE owner = :owner AND idempotency_key = :key AND expires_at >= now()""")
                .param("owner", owner).param("key", key)
                .query((rs, row) -> new StoredAnswer(rs.getBytes("fingerprint"), rs.getInt("status"),
                        rs.getString("location"), rs.getString("etag"), rs.getString("content_type"),
                        rs.getBytes("body")))
                .optional();
    }

    /** Keeps the answer to the request that claimed the key, for {@code keptFor}. */
    void complete(String owner, String key, StoredAnswer answer, Duration keptFor) {
        jdbc.sql("""
                UPDATE idempotency_key
                   SET fingerprint = :fingerprint, status = :status, location = :location, etag = :etag,
                       content_type = :contentType, body = :body,
                       expires_at = now() + make_interval(secs => :seconds)
                 WHERE owner = :owner AND idempotency_key = :key""")
                .param("fingerprint", answer.fingerprint()).param("status", answer.status())
                .param("location", answer.location()).param("etag", answer.etag())
                .param("contentType", answer.contentType()).param("body", answer.body())
                .param("seconds", (double) keptFor.toSeconds())
                .param("owner", owner).param("key", key).update();
    }
}
