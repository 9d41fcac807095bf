package org.citydiplomacy.portal.calendars;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;

import org.citydiplomacy.portal.shared.Texts;

/**
 * A published meeting known to the day, as a calendar shows it.
 *
 * @param lastDay the last day of the meeting (the first when it lasted one day or its end is not known to the day)
 */
public record CalendarMeeting(long id, String title, String titleJa, LocalDate firstDay, LocalDate lastDay,
        String place, String placeJa, Instant updatedAt) {

    public String titleIn(Locale locale) {
        return Texts.in(locale, title, titleJa);
    }

    /** The language of {@link #titleIn}: English stands in for a missing Japanese title. */
    public String titleLanguage(Locale locale) {
        return Texts.japanese(locale) && titleJa != null ? "ja" : "en";
    }

    public String placeIn(Locale locale) {
        return Texts.in(locale, place, placeJa);
    }

    public String path() {
        return "/meetings/" + id;
    }
}
