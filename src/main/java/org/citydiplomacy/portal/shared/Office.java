package org.citydiplomacy.portal.shared;

import java.time.LocalDate;
import java.time.ZoneId;

/** The office whose records these are works in Tokyo: "today" and "coming up" are Tokyo days. */
public final class Office {

    public static final ZoneId ZONE = ZoneId.of("Asia/Tokyo");

    private Office() {
    }

    public static LocalDate today() {
        return LocalDate.now(ZONE);
    }
}
