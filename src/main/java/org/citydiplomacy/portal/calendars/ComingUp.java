package org.citydiplomacy.portal.calendars;

import java.time.LocalDate;
import java.util.List;

/**
 * What comes up next as the workspace shows it.
 *
 * @param until the last day looked at
 * @param dormantSince partners with nothing recorded since this day (inclusive) are dormant
 */
public record ComingUp(List<UpcomingDate> dates, LocalDate until, List<DormantPartner> dormantPartners,
        LocalDate dormantSince) {
}
