package org.citydiplomacy.portal.shared;

import java.text.Normalizer;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates as offices write them, made ISO before they are parsed: full-width digits and dashes
 * ({@code ２０２６－１１－３０}), {@code 2026年11月30日}, {@code 2026年11月}, {@code 2026年}, the era names in
 * use for our records ({@code 令和8年11月30日}, {@code 平成元年}, {@code 昭和}), and English
 * ({@code 5 February 2026}, {@code February 5, 2026}, {@code September 2025}, {@code Sept. 2025}).
 * Anything else is left as typed, for the parser to accept or refuse. The staff forms and the
 * spreadsheet import read dates through here, so both accept the same forms.
 */
public final class WrittenDates {

    private static final Map<String, Integer> ERA_START = Map.of("令和", 2019, "平成", 1989, "昭和", 1926, "大正", 1912, "明治", 1868);
    private static final Pattern KANJI = Pattern.compile(
            "(令和|平成|昭和|大正|明治)?\\s*(\\d{1,4}|元)\\s*年(?:\\s*(\\d{1,2})\\s*月(?:\\s*(\\d{1,2})\\s*日)?)?");
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile("(\\d{1,2})\\s+(\\p{Alpha}+)\\.?,?\\s+(\\d{4})");
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile("(\\p{Alpha}+)\\.?\\s+(\\d{1,2}),?\\s+(\\d{4})");
    private static final Pattern MONTH_YEAR = Pattern.compile("(\\p{Alpha}+)\\.?,?\\s+(\\d{4})");
    private static final Map<String, Integer> MONTHS = months();

    private WrittenDates() {
    }

    /** The ISO 8601 form ("2026-02-05", "2025-09", "1996") of a date written as above; anything else as typed. */
    public static String normalise(String typed) {
        if (typed == null) {
            return null;
        }
        // NFKC turns full-width digits and letters into ASCII; the dashes and slashes IMEs give, into '-'.
        String text = Normalizer.normalize(typed, Normalizer.Form.NFKC).strip()
                .replaceAll("[‐‑‒–—―−ー/]", "-");
        Matcher kanji = KANJI.matcher(text);
        if (kanji.matches()) {
            int year = "元".equals(kanji.group(2)) ? 1 : Integer.parseInt(kanji.group(2));
            if (kanji.group(1) != null) {
                year = ERA_START.get(kanji.group(1)) + year - 1;
            }
            return iso(year, kanji.group(3), kanji.group(4));
        }
        Matcher english = DAY_MONTH_YEAR.matcher(text);
        if (english.matches() && month(english.group(2)) != null) {
            return iso(Integer.parseInt(english.group(3)), month(english.group(2)), english.group(1));
        }
        english = MONTH_DAY_YEAR.matcher(text);
        if (english.matches() && month(english.group(1)) != null) {
            return iso(Integer.parseInt(english.group(3)), month(english.group(1)), english.group(2));
        }
        english = MONTH_YEAR.matcher(text);
        if (english.matches() && month(english.group(1)) != null) {
            return iso(Integer.parseInt(english.group(2)), month(english.group(1)), null);
        }
        return text;
    }

    /**
     * Parses a date written in any of the forms above.
     * @throws IllegalArgumentException if it is none of them or names no real date
     */
    public static PartialDate parse(String typed) {
        return PartialDate.parse(normalise(typed));
    }

    private static String iso(int year, String month, String day) {
        StringBuilder iso = new StringBuilder(String.format("%04d", year));
        if (month != null) {
            iso.append('-').append(String.format("%02d", Integer.parseInt(month)));
            if (day != null) {
                iso.append('-').append(String.format("%02d", Integer.parseInt(day)));
            }
        }
        return iso.toString();
    }

    private static String month(String name) {
        Integer number = MONTHS.get(name.toLowerCase(Locale.ROOT));
        return number == null ? null : number.toString();
    }

    /** "february", "feb" and, as offices also write it, "sept". */
    private static Map<String, Integer> months() {
        Map<String, Integer> months = new HashMap<>();
        for (Month m : Month.values()) {
            months.put(m.getDisplayName(TextStyle.FULL, Locale.ENGLISH).toLowerCase(Locale.ROOT), m.getValue());
            months.put(m.getDisplayName(TextStyle.SHORT, Locale.ENGLISH).toLowerCase(Locale.ROOT), m.getValue());
        }
        months.put("sept", 9);
        return Map.copyOf(months);
    }
}
