package org.citydiplomacy.portal.calendars.domain;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;

import org.citydiplomacy.portal.calendars.DormantPartner;
import org.citydiplomacy.portal.calendars.UpcomingDate;
import org.citydiplomacy.portal.shared.PartialDate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Reads the dates of agreements and partners in one statement each, as the workspace's start page
 * did for reviews and expiries: read-only, staff-only (every visibility but withdrawn).
 */
@Repository
public class UpcomingDateQueries {

    /**
     * Reviews and expiries between {@code :deadlinesFrom} and {@code :to}; anniversaries (the 1st,
     * then every 5th) whose period (day, month or year, the precision of the date they count from)
     * meets {@code :from} to {@code :to}. An anniversary is the date moved by whole years, so a
     * year-precision date stays a year ("in 2026") and 29 February falls on the 28th in other years.
     */
    private static final String UPCOMING = """
            WITH window_year AS (
                SELECT generate_series(extract(year FROM CAST(:from AS date))::int,
                                       extract(year FROM CAST(:to AS date))::int) AS y
            ), anniversary AS (
                SELECT 'AGREEMENT_ANNIVERSARY' AS kind, a.id::text AS key, a.title, a.title_ja,
                       a.signed_on AS since, a.signed_on_precision AS precision,
                       w.y - extract(year FROM a.signed_on)::int AS years
                  FROM agreement a CROSS JOIN window_year w
                 WHERE a.visibility <> 'WITHDRAWN'
                UNION ALL
                SELECT 'RELATIONSHIP_ANNIVERSARY', p.slug, p.name, p.name_ja,
                       p.relationship_since, p.relationship_since_precision,
                       w.y - extract(year FROM p.relationship_since)::int
                  FROM partner p CROSS JOIN window_year w
                 WHERE p.relationship_since IS NOT NULL AND p.visibility <> 'WITHDRAWN'
            ), dated AS (
                SELECT kind, key, title, title_ja, precision, years,
                       CAST(since + make_interval(years => years) AS date) AS on_date,
                       CAST(since + make_interval(years => years)
                            + CASE precision WHEN 'DAY' THEN interval '0' WHEN 'MONTH' THEN interval '1 month' - interval '1 day'
                                             ELSE interval '1 year' - interval '1 day' END AS date) AS end_date
                  FROM anniversary
                 WHERE years = 1 OR (years > 0 AND years % 5 = 0)
            )
            SELECT kind, key, title, title_ja, on_date, precision, years FROM dated
             WHERE on_date <= :to AND end_date >= :from
            UNION ALL
            SELECT 'REVIEW', id::text, title, title_ja, review_on, 'DAY', 0 FROM agreement
             WHERE review_on BETWEEN :deadlinesFrom AND :to AND visibility <> 'WITHDRAWN'
            UNION ALL
            SELECT 'EXPIRY', id::text, title, title_ja, expires_on, 'DAY', 0 FROM agreement
             WHERE expires_on BETWEEN :deadlinesFrom AND :to AND visibility <> 'WITHDRAWN'
             ORDER BY on_date, kind, key LIMIT :limit""";

    /** Each partner's latest agreement or meeting (not withdrawn), if any. */
    private static final String LAST_CONTACTS = """
            SELECT p.slug, p.name, p.name_ja, last.on_date, last.precision
              FROM partner p
              LEFT JOIN LATERAL (
                    SELECT a.signed_on AS on_date, a.signed_on_precision AS precision
                      FROM agreement a JOIN agreement_partner ap ON ap.agreement_id = a.id
                     WHERE ap.partner_id = p.id AND a.visibility <> 'WITHDRAWN'
                    UNION ALL
                    SELECT m.held_on, m.held_on_precision
                      FROM meeting m JOIN meeting_partner mp ON mp.meeting_id = m.id
                     WHERE mp.partner_id = p.id AND m.visibility <> 'WITHDRAWN'
                     ORDER BY 1 DESC, 2 LIMIT 1) last ON true
             WHERE p.visibility <> 'WITHDRAWN'
             ORDER BY last.on_date NULLS FIRST, p.name""";

    private final JdbcClient jdbc;

    UpcomingDateQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * @param deadlinesFrom the first day for reviews and expiries (the page also lists those just passed)
     * @param from the first day for anniversaries
     * @param to the last day for both
     */
    public List<UpcomingDate> upcoming(LocalDate deadlinesFrom, LocalDate from, LocalDate to, int limit) {
        return jdbc.sql(UPCOMING)
                .param("deadlinesFrom", deadlinesFrom)
                .param("from", from)
                .param("to", to)
                .param("limit", limit)
                .query(UpcomingDateQueries::upcomingDate)
                .list();
    }

    /** Every partner not withdrawn with its latest agreement or meeting, those never met first. */
    public List<DormantPartner> lastContacts() {
        return jdbc.sql(LAST_CONTACTS)
                .query((rs, n) -> new DormantPartner(rs.getString("slug"), rs.getString("name"), rs.getString("name_ja"),
                        PartialDate.ofNullable(rs.getObject("on_date", LocalDate.class), rs.getString("precision"))))
                .list();
    }

    private static UpcomingDate upcomingDate(ResultSet rs, int row) throws SQLException {
        return new UpcomingDate(UpcomingDate.Kind.valueOf(rs.getString("kind")),
                PartialDate.ofNullable(rs.getObject("on_date", LocalDate.class), rs.getString("precision")),
                rs.getInt("years"), rs.getString("key"), rs.getString("title"), rs.getString("title_ja"));
    }
}
