package org.citydiplomacy.portal.calendars;

import java.time.LocalDate;
import java.util.Locale;

import org.citydiplomacy.portal.shared.DatePrecision;
import org.citydiplomacy.portal.shared.PartialDate;
import org.citydiplomacy.portal.shared.Texts;

/**
 * A date that comes up (or has just passed) for a record: an agreement's review or expiry, or an
 * anniversary of a relationship or of a signing. An anniversary keeps the precision of the date it
 * counts from: a relationship known only to the year has its anniversary "in 2026", never on a day.
 *
 * @param years for an anniversary, how many years (1, 5, 10, ...); 0 for a review or an expiry
 * @param key the agreement's id or the partner's slug
 */
public record UpcomingDate(Kind kind, PartialDate on, int years, String key, String title, String titleJa) {

    public enum Kind {
        REVIEW, EXPIRY, AGREEMENT_ANNIVERSARY, RELATIONSHIP_ANNIVERSARY;

        public boolean ofPartner() {
            return this == RELATIONSHIP_ANNIVERSARY;
        }
    }

    public String titleIn(Locale locale) {
        return Texts.in(locale, title, titleJa);
    }

    /** Whether the title shown to this reader is the English one standing in for a missing Japanese one. */
    public boolean englishStandIn(Locale locale) {
        return Texts.japanese(locale) && titleJa == null;
    }

    /** The language of {@link #titleIn}. */
    public String titleLanguage(Locale locale) {
        return Texts.japanese(locale) && titleJa != null ? "ja" : "en";
    }

    public boolean knownToTheDay() {
        return on.precision() == DatePrecision.DAY;
    }

    public boolean passed(LocalDate today) {
        return on.end().isBefore(today);
    }

    /** The record's page in the workspace. */
    public String staffPath() {
        return kind.ofPartner() ? "/staff/partners/" + key + "/edit" : "/staff/agreements/" + key + "/edit";
    }
}
