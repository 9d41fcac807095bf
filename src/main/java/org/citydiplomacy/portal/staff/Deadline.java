package org.citydiplomacy.portal.staff;

import java.time.LocalDate;
import java.util.Locale;

import org.citydiplomacy.portal.shared.Texts;

/** An agreement's review or expiry date that is coming up or has just passed. */
public record Deadline(long agreementId, String title, String titleJa, Kind kind, LocalDate date) {

    public enum Kind { REVIEW, EXPIRY }

    public String titleIn(Locale locale) {
        return Texts.in(locale, title, titleJa);
    }

    public boolean passed(LocalDate today) {
        return date.isBefore(today);
    }
}
