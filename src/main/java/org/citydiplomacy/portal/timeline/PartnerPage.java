package org.citydiplomacy.portal.timeline;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;

import org.citydiplomacy.portal.partners.PartnerDetails;

/**
 * What a partner's page shows ({@code /partners/{slug}}): the partner, its timeline events oldest first,
 * and the quiet period that ends the timeline: the whole years from the last event to today (null when
 * under one year, or without events).
 */
public record PartnerPage(PartnerDetails partner, List<TimelineEvent> events, Integer yearsQuietSinceLast) {

    /**
     * The whole years between the last event and {@code today}. A date known only to its month or year
     * counts from its last day, so that a year is never claimed that may not have passed.
     */
    static Integer yearsQuietSinceLast(List<TimelineEvent> events, LocalDate today) {
        if (events.isEmpty()) {
            return null;
        }
        LocalDate last = events.get(events.size() - 1).date().end();
        int years = last.isAfter(today) ? 0 : Period.between(last, today).getYears();
        return years >= 1 ? years : null;
    }
}
