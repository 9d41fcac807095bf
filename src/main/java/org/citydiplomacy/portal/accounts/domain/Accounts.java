package org.citydiplomacy.portal.accounts.domain;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

import org.citydiplomacy.portal.accounts.AccountSummary;
import org.citydiplomacy.portal.accounts.RoleChange;
import org.citydiplomacy.portal.accounts.StaffRole;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Staff accounts in PostgreSQL: each method is one statement. */
@Repository
public class Accounts {

    /** What signing in needs: the hash stays inside the accounts module. */
    public record Credentials(String username, String displayName, String passwordHash, StaffRole role,
            boolean active) {
    }

    private final JdbcClient jdbc;

    Accounts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Credentials> credentials(String username) {
        return jdbc.sql("SELECT username, display_name, password_hash, role, active FROM account WHERE username = ?")
                .param(username)
                .query((rs, n) -> new Credentials(rs.getString("username"), rs.getString("display_name"),
                        rs.getString("password_hash"), StaffRole.valueOf(rs.getString("role")), rs.getBoolean("active")))
                .optional();
    }

    public List<AccountSummary> all() {
        return jdbc.sql("SELECT * FROM account ORDER BY active DESC, username").query(Accounts::summary).list();
    }

    public Optional<AccountSummary> find(String username) {
        return jdbc.sql("SELECT * FROM account WHERE username = ?").param(username).query(Accounts::summary).optional();
    }

    public boolean isActive(String username) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM account WHERE username = ? AND active)").param(username)
                .query(Boolean.class).single();
    }

    /** @return false if the username is taken (nothing is written then) */
    public boolean insert(String username, String displayName, String passwordHash, StaffRole role, String actor) {
        return jdbc.sql("""
                INSERT INTO account (username, display_name, password_hash, role, created_by, updated_by)
                VALUES (:username, :displayName, :hash, :role, :actor, :actor)
                ON CONFLICT (username) DO NOTHING""")
                .param("username", username)
                .param("displayName", displayName)
                .param("hash", passwordHash)
                .param("role", role.name())
                .param("actor", actor)
                .update() == 1;
    }

    /**
     * The active administrators' usernames, their rows locked until the transaction ends: two admins
     * demoting each other at the same moment cannot both succeed and leave none.
     */
    public List<String> lockActiveAdmins() {
        return jdbc.sql("SELECT username FROM account WHERE role = 'ADMIN' AND active ORDER BY id FOR UPDATE")
                .query(String.class).list();
    }

    /** Sets the role and records the change; @return false if there is no such account */
    public boolean setRole(String username, StaffRole from, StaffRole to, String actor) {
        boolean updated = jdbc.sql("""
                UPDATE account SET role = :role, updated_at = now(), updated_by = :actor
                 WHERE username = :username""")
                .param("role", to.name())
                .param("actor", actor)
                .param("username", username)
                .update() == 1;
        if (updated) {
            jdbc.sql("""
                    INSERT INTO account_role_change (username, from_role, to_role, changed_by)
                    VALUES (:username, :from, :to, :actor)""")
                    .param("username", username).param("from", from.name()).param("to", to.name())
                    .param("actor", actor)
                    .update();
        }
        return updated;
    }

    /** The account's role changes, newest first. */
    public List<RoleChange> roleChanges(String username) {
        return jdbc.sql("""
                SELECT from_role, to_role, changed_at, changed_by FROM account_role_change
                 WHERE username = ? ORDER BY changed_at DESC, id DESC""")
                .param(username)
                .query((rs, n) -> new RoleChange(StaffRole.valueOf(rs.getString("from_role")),
                        StaffRole.valueOf(rs.getString("to_role")), rs.getTimestamp("changed_at").toInstant(),
                        rs.getString("changed_by")))
                .list();
    }

    /** @return false if there is no such account */
    public boolean setActive(String username, boolean active, String actor) {
        return change(username, "active", active, actor);
    }

    /** @return false if there is no such account */
    public boolean setPasswordHash(String username, String passwordHash, String actor) {
        return change(username, "password_hash", passwordHash, actor);
    }

    /** One column of an account, and who changed it when. @param column a name of ours, never the caller's words */
    private boolean change(String username, String column, Object value, String actor) {
        return jdbc.sql("""
                UPDATE account SET %s = :value, updated_at = now(), updated_by = :actor
                 WHERE username = :username""".formatted(column))
                .param("value", value)
                .param("actor", actor)
                .param("username", username)
                .update() == 1;
    }

    private static AccountSummary summary(ResultSet rs, int row) throws SQLException {
        return new AccountSummary(rs.getLong("id"), rs.getString("username"), rs.getString("display_name"),
                StaffRole.valueOf(rs.getString("role")), rs.getBoolean("active"),
                rs.getTimestamp("created_at").toInstant(), rs.getString("created_by"),
                rs.getTimestamp("updated_at").toInstant(), rs.getString("updated_by"));
    }
}
