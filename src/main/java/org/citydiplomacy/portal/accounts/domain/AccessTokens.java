package org.citydiplomacy.portal.accounts.domain;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.citydiplomacy.portal.accounts.StaffRole;
import org.citydiplomacy.portal.accounts.TokenSummary;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Personal access tokens, stored as SHA-256 hashes; each method is one statement. */
@Repository
public class AccessTokens {

    /** The owner of a usable token, as the API needs to authenticate a request. */
    public record Bearer(long tokenId, String username, String displayName, StaffRole role) {
    }

    private final JdbcClient jdbc;

    AccessTokens(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** @return the expiry stored, or empty if the account does not exist or is inactive */
    public Optional<Instant> insert(String username, String name, byte[] hash, Instant expiresAt) {
        return jdbc.sql("""
                INSERT INTO access_token (account_id, name, token_hash, expires_at)
                SELECT a.id, :name, :hash, :expiresAt FROM account a WHERE a.username = :username AND a.active
                RETURNING expires_at""")
                .param("name", name)
                .param("hash", hash)
                .param("expiresAt", Timestamp.from(expiresAt))
                .param("username", username)
                .query((rs, n) -> rs.getTimestamp(1).toInstant())
                .optional();
    }

    /**
     * The owner of the token with this hash if it is neither expired nor revoked and its account is
     * active, in one statement that also notes when the token was last used (at most once a minute, so
     * that a busy client does not write on every request).
     */
    public Optional<Bearer> use(byte[] hash) {
        return jdbc.sql("""
                WITH found AS (
                    SELECT t.id, t.last_used_at, a.username, a.display_name, a.role
                      FROM access_token t JOIN account a ON a.id = t.account_id
                     WHERE t.token_hash = :hash AND t.revoked_at IS NULL AND t.expires_at > now() AND a.active),
                touched AS (
                    UPDATE access_token t SET last_used_at = now()
                      FROM found f
                     WHERE t.id = f.id AND (f.last_used_at IS NULL OR f.last_used_at < now() - interval '1 minute'))
                SELECT id, username, display_name, role FROM found""")
                .param("hash", hash)
                .query((rs, n) -> new Bearer(rs.getLong("id"), rs.getString("username"), rs.getString("display_name"),
                        StaffRole.valueOf(rs.getString("role"))))
                .optional();
    }

    public List<TokenSummary> ofOwner(String username) {
        return jdbc.sql("""
                SELECT t.*, a.username AS owner FROM access_token t JOIN account a ON a.id = t.account_id
                 WHERE a.username = ? ORDER BY t.created_at DESC, t.id DESC""")
                .param(username)
                .query(AccessTokens::summary)
                .list();
    }

    /**
     * Revokes a token that is not yet revoked; {@code owner} null lets any owner's token be revoked
     * (admins), otherwise only that owner's.
     * @return false if there was no such token to revoke
     */
    public boolean revoke(long id, String owner, String actor) {
        return jdbc.sql("""
                UPDATE access_token t SET revoked_at = now(), revoked_by = :actor
                 WHERE t.id = :id AND t.revoked_at IS NULL
                   AND (CAST(:owner AS varchar) IS NULL
                        OR t.account_id = (SELECT a.id FROM account a WHERE a.username = CAST(:owner AS varchar)))""")
                .param("actor", actor)
                .param("id", id)
                .param("owner", owner)
                .update() == 1;
    }

    private static TokenSummary summary(ResultSet rs, int row) throws SQLException {
        return new TokenSummary(rs.getLong("id"), rs.getString("owner"), rs.getString("name"),
                instant(rs, "created_at"), instant(rs, "expires_at"), instant(rs, "last_used_at"),
                instant(rs, "revoked_at"), rs.getString("revoked_by"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp value = rs.getTimestamp(column);
        return value == null ? null : value.toInstant();
    }
}
