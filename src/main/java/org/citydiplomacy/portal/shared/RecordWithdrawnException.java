package org.citydiplomacy.portal.shared;

import java.time.Instant;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A record that was public and has been withdrawn: its permalink answers 410 Gone, saying when and
 * (if given) why, so that citations of it do not rot into a "may have been mistyped" 404.
 */
public class RecordWithdrawnException extends RuntimeException {

    private final String kind;
    private final String key;
    private final Instant withdrawnAt;
    private final String reason;

    public RecordWithdrawnException(String kind, String key, Instant withdrawnAt, String reason) {
        super(kind + " " + key + " withdrawn");
        this.kind = kind;
        this.key = key;
        this.withdrawnAt = withdrawnAt;
        this.reason = reason;
    }

    /**
     * What a reader who may not see a record is told: withdrawn (410) if it was, otherwise not found.
     * @param table the record's table ({@code agreement}, {@code meeting}, {@code partner}), a constant
     * @param keyColumn its key column ({@code id}, {@code slug}), a constant
     */
    public static RuntimeException orNotFound(JdbcClient jdbc, String table, String keyColumn, Object key,
            RecordNotFoundException notFound) {
        Optional<RecordWithdrawnException> withdrawn = jdbc.sql("SELECT withdrawn_at, withdrawal_reason FROM " + table
                        + " WHERE " + keyColumn + " = :key AND visibility = 'WITHDRAWN'")
                .param("key", key)
                .query((rs, n) -> new RecordWithdrawnException(table, String.valueOf(key),
                        Sql.instant(rs, "withdrawn_at"), rs.getString("withdrawal_reason")))
                .optional();
        return withdrawn.isPresent() ? withdrawn.get() : notFound;
    }

    public String kind() {
        return kind;
    }

    public String key() {
        return key;
    }

    /** May be null for a record withdrawn before the date was kept. */
    public Instant withdrawnAt() {
        return withdrawnAt;
    }

    public String reason() {
        return reason;
    }
}
