package org.citydiplomacy.portal.calendars.domain;

import java.time.LocalDate;
import java.util.List;

import org.citydiplomacy.portal.calendars.CalendarMeeting;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Published meetings known to the day, in one statement (served by the published-meetings index).
 * A meeting known only to the month or the year has no day to put in a calendar and is left out.
 */
@Repository
public class PublishedMeetingQueries {

    private final JdbcClient jdbc;

    PublishedMeetingQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<CalendarMeeting> knownToTheDay() {
        return jdbc.sql("""
                SELECT id, title, title_ja, held_on,
                       CASE WHEN ends_on_precision = 'DAY' THEN ends_on ELSE held_on END AS last_day,
                       place, place_ja, updated_at
                  FROM meeting
                 WHERE visibility = 'PUBLISHED' AND held_on_precision = 'DAY'
                 ORDER BY held_on DESC, id DESC""")
                .query((rs, n) -> new CalendarMeeting(rs.getLong("id"), rs.getString("title"), rs.getString("title_ja"),
                        rs.getObject("held_on", LocalDate.class), rs.getObject("last_day", LocalDate.class),
                        rs.getString("place"), rs.getString("place_ja"), rs.getTimestamp("updated_at").toInstant()))
                .list();
    }
}
