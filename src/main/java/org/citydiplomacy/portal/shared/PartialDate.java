package org.citydiplomacy.portal.shared;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * A date known to the day, the month or the year. Stored as the first day of the known period plus
 * its precision, so that it sorts and filters as a date; written as ISO 8601 at its precision
 * ("2026-02-05", "2025-09", "1996").
 */
public record PartialDate(LocalDate start, DatePrecision precision) implements Comparable<PartialDate> {

    private static final Pattern ISO = Pattern.compile("(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?");

    /** "5 February 2026": made once, not per date (parsing its pattern showed in a listing page's profile). */
    private static final DateTimeFormatter ENGLISH_DAY = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH);

    public PartialDate {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(precision, "precision");
        if (precision == DatePrecision.MONTH && start.getDayOfMonth() != 1
                || precision == DatePrecision.YEAR && start.getDayOfYear() != 1) {
            throw new IllegalArgumentException("A " + precision + " date must start its period: " + start);
        }
    }

    public static PartialDate ofDay(int year, int month, int day) {
        return new PartialDate(LocalDate.of(year, month, day), DatePrecision.DAY);
    }

    public static PartialDate ofMonth(int year, int month) {
        return new PartialDate(LocalDate.of(year, month, 1), DatePrecision.MONTH);
    }

    public static PartialDate ofYear(int year) {
        return new PartialDate(LocalDate.of(year, 1, 1), DatePrecision.YEAR);
    }

    /** Builds a partial date from its stored columns; null when the date is unknown. */
    public static PartialDate ofNullable(LocalDate start, String precision) {
        return start == null ? null : new PartialDate(start, DatePrecision.valueOf(precision));
    }

    /**
     * Parses "YYYY", "YYYY-MM" or "YYYY-MM-DD".
     * @throws IllegalArgumentException if the text is none of those or names no real date
     */
    @JsonCreator
    public static PartialDate parse(String text) {
        Matcher m = ISO.matcher(text == null ? "" : text.strip());
        if (!m.matches()) {
            throw new IllegalArgumentException("Not an ISO 8601 date (YYYY, YYYY-MM or YYYY-MM-DD): " + text);
        }
        try {
            int year = Integer.parseInt(m.group(1));
            if (m.group(2) == null) {
                return ofYear(year);
            }
            int month = Integer.parseInt(m.group(2));
            return m.group(3) == null ? ofMonth(year, month) : ofDay(year, month, Integer.parseInt(m.group(3)));
        }
        catch (DateTimeException ex) {
            throw new IllegalArgumentException("Not a real date: " + text, ex);
        }
    }

    /** The last day of the known period: 1996 ends on 31 December 1996. */
    public LocalDate end() {
        return switch (precision) {
            case DAY -> start;
            case MONTH -> YearMonth.from(start).atEndOfMonth();
            case YEAR -> start.withDayOfYear(start.lengthOfYear());
        };
    }

    public int year() {
        return start.getYear();
    }

    @JsonValue
    @Override
    public String toString() {
        return switch (precision) {
            case DAY -> start.toString();
            case MONTH -> YearMonth.from(start).toString();
            case YEAR -> String.format("%04d", start.getYear());
        };
    }

    /** "5 February 2026" / "September 2025" / "1996"; in Japanese "2026年2月5日" / "2025年9月" / "1996年". */
    public String format(Locale locale) {
        if (Texts.japanese(locale)) {
            return switch (precision) {
                case DAY -> start.getYear() + "年" + start.getMonthValue() + "月" + start.getDayOfMonth() + "日";
                case MONTH -> start.getYear() + "年" + start.getMonthValue() + "月";
                case YEAR -> start.getYear() + "年";
            };
        }
        return switch (precision) {
            case DAY -> start.format(ENGLISH_DAY);
            case MONTH -> start.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " " + start.getYear();
            case YEAR -> Integer.toString(start.getYear());
        };
    }

    @Override
    public int compareTo(PartialDate other) {
        int byStart = start.compareTo(other.start);
        return byStart != 0 ? byStart : precision.compareTo(other.precision);
    }
}
