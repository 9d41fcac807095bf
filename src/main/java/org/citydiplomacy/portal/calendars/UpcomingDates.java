package org.citydiplomacy.portal.calendars;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.citydiplomacy.portal.calendars.domain.UpcomingDateQueries;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What comes up next, in one place for the workspace's start page and the personal calendars:
 * reviews and expiries (and those passed in the last 30 days), anniversaries of relationships and of
 * signings over the next {@code portal.calendars.look-ahead}, and dormant partners. Days are the
 * office's (the clock's zone, Tokyo).
 */
@Service
@Transactional(readOnly = true)
public class UpcomingDates {

    static final int LOOK_BACK_DAYS = 30;
    static final int LIST_LENGTH = 100;

    private final UpcomingDateQueries queries;
    private final CalendarProperties properties;
    private final Clock clock;

    UpcomingDates(UpcomingDateQueries queries, CalendarProperties properties, Clock clock) {
        this.queries = queries;
        this.properties = properties;
        this.clock = clock;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** The dates around {@code today} and the dormant partners, in two statements. */
    public ComingUp comingUp(LocalDate today) {
        return new ComingUp(around(today), lastDay(today), dormantPartners(today), dormantSince(today));
    }

    /**
     * Soonest first: reviews and expiries from 30 days before {@code today}, anniversaries from
     * {@code today}, both until the end of the look-ahead. An anniversary known only to the year or
     * the month is listed while any day of its year or month is still ahead.
     */
    public List<UpcomingDate> around(LocalDate today) {
        return queries.upcoming(today.minusDays(LOOK_BACK_DAYS), today, lastDay(today), LIST_LENGTH);
    }

    /** Those never met first, then the longest silent; a year-precision contact counts until the end of its year. */
    public List<DormantPartner> dormantPartners(LocalDate today) {
        LocalDate since = dormantSince(today);
        return queries.lastContacts().stream()
                .filter(partner -> partner.lastContact() == null || !partner.lastContact().end().isAfter(since))
                .toList();
    }

    private LocalDate lastDay(LocalDate today) {
        return today.plus(properties.lookAhead()).minusDays(1);
    }

    private LocalDate dormantSince(LocalDate today) {
        return today.minus(properties.dormantAfter());
    }
}
