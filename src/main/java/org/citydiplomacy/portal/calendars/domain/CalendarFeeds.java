package org.citydiplomacy.portal.calendars.domain;

import java.util.Optional;

import org.citydiplomacy.portal.calendars.CalendarAddress;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The personal calendars' rows (table {@code calendar_feed}): live ones, issued and revoked, who and when. */
@Repository
public class CalendarFeeds {

    private final JdbcClient jdbc;

    CalendarFeeds(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<CalendarAddress> live(String owner) {
        return jdbc.sql("SELECT issued_at, issued_by FROM calendar_feed WHERE owner = ? AND revoked_at IS NULL")
                .param(owner)
                .query((rs, n) -> new CalendarAddress(rs.getTimestamp("issued_at").toInstant(), rs.getString("issued_by")))
                .optional();
    }

    public void insert(String owner, byte[] secretHash, String by) {
        jdbc.sql("INSERT INTO calendar_feed (owner, secret_hash, issued_by) VALUES (?, ?, ?)")
                .params(owner, secretHash, by)
                .update();
    }

    /** Revokes the owner's live calendar, if any; says whether there was one. */
    public boolean revokeLive(String owner, String by) {
        return jdbc.sql("UPDATE calendar_feed SET revoked_at = now(), revoked_by = ? WHERE owner = ? AND revoked_at IS NULL")
                .params(by, owner)
                .update() > 0;
    }

    /** The owner of a live calendar with this secret's hash, while the owner's account is active. */
    public Optional<String> ownerOf(byte[] secretHash) {
        return jdbc.sql("""
                SELECT f.owner FROM calendar_feed f JOIN account a ON a.username = f.owner
                 WHERE f.secret_hash = ? AND f.revoked_at IS NULL AND a.active""")
                .param(secretHash)
                .query(String.class)
                .optional();
    }

}
