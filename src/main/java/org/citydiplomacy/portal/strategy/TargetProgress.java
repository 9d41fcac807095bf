package org.citydiplomacy.portal.strategy;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.citydiplomacy.portal.shared.PartialDate;

/**
 * A target and how far the records say it was reached: by its deadline and today, and year by year
 * from its start to this year ({@code added} that year, {@code total} so far).
 */
public record TargetProgress(long id, String title, String titleJa, String description, String descriptionJa,
        int targetCount, PartialDate countsFrom, PartialDate deadline, CountingRule rule, Source source,
        long reachedByDeadline, long reachedToday, List<Year> years) {

    public record Year(int year, long added, long total) {
    }

    /** The document the target comes from, with the words quoted; or a note of staff's. */
    public record Source(String title, String publisher, String detail, String note) {
    }

    public String titleIn(Locale locale) {
        return "ja".equals(locale.getLanguage()) ? titleJa : title;
    }

    public String descriptionIn(Locale locale) {
        return "ja".equals(locale.getLanguage()) && descriptionJa != null ? descriptionJa : description;
    }

    public boolean deadlinePassed(LocalDate today) {
        return today.isAfter(deadline.end());
    }

    public boolean metByDeadline() {
        return reachedByDeadline >= targetCount;
    }

    /** The share of the target reached today, in whole percent, at most 100. */
    public int percentToday() {
        return (int) Math.min(100, reachedToday * 100 / targetCount);
    }
}
