package org.citydiplomacy.portal.accounts.domain;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Counters of failed sign-ins per (username, address) pair and per client address, in PostgreSQL so
 * that every instance of the portal sees the same ones. Subjects arrive already hashed. A counter past
 * its free failures makes its subject wait, doubling with each further failure.
 */
@Repository
public class SignInFailures {

    private final JdbcClient jdbc;

    SignInFailures(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Until when the next attempt of this pair or from this address must wait, if it must. */
    public Optional<Instant> waitUntil(String pairSubject, String addressSubject) {
        return jdbc.sql("""
                SELECT max(wait_until) FROM sign_in_throttle
                 WHERE ((scope = 'PAIR' AND subject = :pair) OR (scope = 'ADDRESS' AND subject = :address))
                   AND wait_until > now()""")
                .param("pair", pairSubject)
                .param("address", addressSubject)
                .query((rs, n) -> rs.getTimestamp(1))
                .optional()
                .map(Timestamp::toInstant);
    }

    /**
     * Counts one failure against both subjects (a counter idle for {@code window} starts again at one)
     * and sets how long the next attempt must wait: nothing within the free failures, then
     * {@code first}, doubled per further failure, at most {@code max}.
     * @return the longer of the two waits, if any
     */
    public Optional<Instant> record(String pairSubject, String addressSubject, int freeFailures, int addressLimit,
            Duration window, Duration first, Duration max) {
        String newCount = "CASE WHEN t.last_failure_at < now() - :windowSeconds * interval '1 second' THEN 1 ELSE t.failures + 1 END";
        return jdbc.sql("""
                INSERT INTO sign_in_throttle AS t (scope, subject, failures, last_failure_at, wait_until)
                VALUES ('PAIR', :pair, 1, now(), %s), ('ADDRESS', :address, 1, now(), %s)
                ON CONFLICT (scope, subject) DO UPDATE SET
                    failures = %s,
                    last_failure_at = now(),
                    wait_until = %s
                RETURNING wait_until""".formatted(wait("1", ":free"), wait("1", ":addressLimit"), newCount,
                        wait(newCount, "CASE t.scope WHEN 'PAIR' THEN :free ELSE :addressLimit END")))
                .param("pair", pairSubject)
                .param("address", addressSubject)
                .param("free", freeFailures)
                .param("addressLimit", addressLimit)
                .param("windowSeconds", window.toSeconds())
                .param("firstMillis", first.toMillis())
                .param("maxMillis", max.toMillis())
                .query((rs, n) -> rs.getTimestamp(1))
                .list().stream()
                .filter(Objects::nonNull)
                .map(Timestamp::toInstant)
                .max(Instant::compareTo);
    }

    /** The wait after {@code failures} failures of a subject that may fail {@code free} times: SQL. */
    private static String wait(String failures, String free) {
        return """
                CASE WHEN (%1$s) <= (%2$s) THEN NULL
                     ELSE now() + least(:maxMillis, :firstMillis * power(2, least((%1$s) - (%2$s) - 1, 40)))
                                  * interval '1 millisecond' END""".formatted(failures, free);
    }

    /** A successful sign-in clears its pair's counter (not the address's: one good account must not
     *  reset the count of an address that tries many names). */
    public void clearPair(String pairSubject) {
        jdbc.sql("DELETE FROM sign_in_throttle WHERE scope = 'PAIR' AND subject = ?").param(pairSubject).update();
    }

    /** Forgets counters nobody has added to for a day and that hold nobody back. */
    public int purgeStale() {
        return jdbc.sql("""
                DELETE FROM sign_in_throttle
                 WHERE last_failure_at < now() - interval '1 day' AND (wait_until IS NULL OR wait_until < now())""")
                .update();
    }
}
