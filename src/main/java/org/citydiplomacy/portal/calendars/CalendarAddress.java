package org.citydiplomacy.portal.calendars;

import java.time.Instant;

/**
 * A staff member's live personal calendar: when and by whom it was issued. The secret is not here:
 * only its hash is kept, so the address is shown once, when issued ({@link IssuedCalendar}).
 */
public record CalendarAddress(Instant issuedAt, String issuedBy) {
}
