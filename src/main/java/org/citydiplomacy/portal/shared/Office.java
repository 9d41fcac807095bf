package org.citydiplomacy.portal.shared;

import java.time.LocalDate;
import java.time.ZoneId;

/**
 * The office whose records these are works in Tokyo: "today", "coming up" and the times of the
 * history are its days and hours. Another office sets its zone with {@code PORTAL_OFFICE_ZONE} (or
 * the system property {@code portal.office.zone}), read once at start: a constant, because value
 * types and templates that have no Spring context need it too.
 */
public final class Office {

    public static final ZoneId ZONE = ZoneId.of(configuredZone());

    private Office() {
    }

    public static LocalDate today() {
        return LocalDate.now(ZONE);
    }

    private static String configuredZone() {
        String zone = System.getProperty("portal.office.zone", System.getenv("PORTAL_OFFICE_ZONE"));
        return zone == null || zone.isBlank() ? "Asia/Tokyo" : zone.strip();
    }
}
