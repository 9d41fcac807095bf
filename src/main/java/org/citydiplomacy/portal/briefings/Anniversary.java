package org.citydiplomacy.portal.briefings;

import java.time.LocalDate;
import java.util.Optional;

import org.citydiplomacy.portal.shared.PartialDate;

/**
 * A coming round anniversary of a date: the 1st, then every 5 years. It keeps the date's precision: a
 * relationship known only to the year has its anniversary "in 2026", never on an invented day.
 *
 * @param years how many years it will be
 * @param on the anniversary at the original date's precision
 */
public record Anniversary(int years, PartialDate on) {

    /** The first round anniversary of {@code date} from {@code today} to twelve months on, if any. */
    public static Optional<Anniversary> next(PartialDate date, LocalDate today) {
        if (date == null) {
            return Optional.empty();
        }
        LocalDate horizon = today.plusMonths(12);
        for (int year = today.getYear(); year <= horizon.getYear(); year++) {
            int years = year - date.year();
            if (years != 1 && (years <= 0 || years % 5 != 0)) {
                continue;
            }
            PartialDate on = new PartialDate(date.start().plusYears(years), date.precision());
            // A month or year is coming while any of its days is still ahead; a day must not have passed.
            if (!on.end().isBefore(today) && !on.start().isAfter(horizon)) {
                return Optional.of(new Anniversary(years, on));
            }
        }
        return Optional.empty();
    }
}
