package org.citydiplomacy.portal.accounts.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Counters of failed sign-ins per account name and per client address, in PostgreSQL so that every
 * instance of the portal sees the same ones. Subjects arrive already hashed.
 */
@Repository
public class SignInFailures {

    private final JdbcClient jdbc;

    SignInFailures(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Until when either subject is locked out, if it is. */
    public Optional<Instant> lockedUntil(String accountSubject, String addressSubject) {
        return jdbc.sql("""
                SELECT max(locked_until) FROM sign_in_throttle
                 WHERE ((scope = 'ACCOUNT' AND subject = :account) OR (scope = 'ADDRESS' AND subject = :address))
                   AND locked_until > now()""")
                .param("account", accountSubject)
                .param("address", addressSubject)
                .query((rs, n) -> rs.getTimestamp(1))
                .optional()
                .map(java.sql.Timestamp::toInstant);
    }

    /**
     * Counts one failure against both subjects; a counter whose window has passed starts again at one,
     * and one that reaches its limit locks its subject for {@code lockout}.
     */
    public void record(String accountSubject, String addressSubject, int accountLimit, int addressLimit,
            Duration window, Duration lockout) {
        jdbc.sql("""
                INSERT INTO sign_in_throttle AS t (scope, subject, failures, window_started_at, locked_until)
                VALUES ('ACCOUNT', :account, 1, now(), CASE WHEN :accountLimit <= 1 THEN now() + :lockoutSeconds * interval '1 second' END),
                       ('ADDRESS', :address, 1, now(), CASE WHEN :addressLimit <= 1 THEN now() + :lockoutSeconds * interval '1 second' END)
                ON CONFLICT (scope, subject) DO UPDATE SET
                    failures = CASE WHEN t.window_started_at < now() - :windowSeconds * interval '1 second' THEN 1 ELSE t.failures + 1 END,
                    window_started_at = CASE WHEN t.window_started_at < now() - :windowSeconds * interval '1 second' THEN now()
                                             ELSE t.window_started_at END,
                    locked_until = CASE
                        WHEN (CASE WHEN t.window_started_at < now() - :windowSeconds * interval '1 second' THEN 1 ELSE t.failures + 1 END)
                             >= (CASE t.scope WHEN 'ACCOUNT' THEN :accountLimit ELSE :addressLimit END)
                        THEN now() + :lockoutSeconds * interval '1 second'
                        ELSE t.locked_until END""")
                .param("account", accountSubject)
                .param("address", addressSubject)
                .param("accountLimit", accountLimit)
                .param("addressLimit", addressLimit)
                .param("windowSeconds", window.toSeconds())
                .param("lockoutSeconds", lockout.toSeconds())
                .update();
    }

    /** A successful sign-in clears the account's counter (not the address's: one good account must not
     *  reset the count of an address that tries many names). */
    public void clearAccount(String accountSubject) {
        jdbc.sql("DELETE FROM sign_in_throttle WHERE scope = 'ACCOUNT' AND subject = ?").param(accountSubject).update();
    }

    /** Forgets counters nobody has added to for a day and that lock nothing. */
    public int purgeStale() {
        return jdbc.sql("""
                DELETE FROM sign_in_throttle
                 WHERE window_started_at < now() - interval '1 day' AND (locked_until IS NULL OR locked_until < now())""")
                .update();
    }
}
