package org.citydiplomacy.portal.platform.web;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import org.citydiplomacy.portal.shared.Office;
import org.springframework.stereotype.Component;

/**
 * The office's zone ({@code portal.office.zone}, Tokyo by default), set for {@link Office} at start-up,
 * and times as the staff pages show them ({@code ${@officeTime.format(item.updatedAt)}}): the
 * office's wall clock, never the server's.
 */
@Component("officeTime")
public class OfficeTime {

    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    OfficeTime(OfficeProperties properties) {
        if (!properties.zone().equals(Office.zone())) {
            Office.useClock(Clock.system(properties.zone()));
        }
    }

    public ZoneId zone() {
        return Office.zone();
    }

    /** "2026-11-30 08:30" in the office's zone; empty for no time. */
    public String format(Instant at) {
        return at == null ? "" : MINUTES.format(Office.time(at));
    }
}
