package org.citydiplomacy.portal.shared;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * The office whose records these are works in one zone (Tokyo unless {@code portal.office.zone} says
 * otherwise): "today", "coming up", a default signing date, a citation's "accessed" date and every
 * time shown to staff are that zone's, whatever the server's own zone. Static because value types
 * and validators use it too; the platform sets the zone at start-up, and a test may set a fixed clock.
 */
public final class Office {

    public static final ZoneId DEFAULT_ZONE = ZoneId.of("Asia/Tokyo");

    // Read before Spring starts too (value types, migrations' callers): the environment says it first.
    private static volatile Clock clock = Clock.system(configuredZone());

    private Office() {
    }

    /** @param officeClock the office's clock, in the office's zone */
    public static void useClock(Clock officeClock) {
        clock = officeClock;
    }

    public static Clock clock() {
        return clock;
    }

    public static ZoneId zone() {
        return clock.getZone();
    }

    public static Instant now() {
        return clock.instant();
    }

    public static LocalDate today() {
        return LocalDate.now(clock);
    }

    /** The office's day at an instant. */
    public static LocalDate day(Instant at) {
        return at.atZone(zone()).toLocalDate();
    }

    /** The office's wall-clock time at an instant. */
    public static ZonedDateTime time(Instant at) {
        return at.atZone(zone());
    }

    private static ZoneId configuredZone() {
        String zone = System.getProperty("portal.office.zone", System.getenv("PORTAL_OFFICE_ZONE"));
        return zone == null || zone.isBlank() ? DEFAULT_ZONE : ZoneId.of(zone.strip());
    }
}
