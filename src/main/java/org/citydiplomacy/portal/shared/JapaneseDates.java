package org.citydiplomacy.portal.shared;

import java.text.Normalizer;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates as a Japanese input method types them, made ISO before they are parsed: full-width digits
 * and dashes ({@code ２０２６－１１－３０}), {@code 2026年11月30日}, {@code 2026年11月}, {@code 2026年},
 * and the era names in use for our records ({@code 令和8年11月30日}, {@code 平成元年}, {@code 昭和}).
 * Anything else is left as typed, for the parser to accept or refuse.
 */
public final class JapaneseDates {

    private static final Map<String, Integer> ERA_START = Map.of("令和", 2019, "平成", 1989, "昭和", 1926, "大正", 1912, "明治", 1868);
    private static final Pattern KANJI = Pattern.compile(
            "(令和|平成|昭和|大正|明治)?\\s*(\\d{1,4}|元)\\s*年(?:\\s*(\\d{1,2})\\s*月(?:\\s*(\\d{1,2})\\s*日)?)?");

    private JapaneseDates() {
    }

    public static String normalise(String typed) {
        if (typed == null) {
            return null;
        }
        // NFKC turns full-width digits and letters into ASCII; the dashes and slashes IMEs give, into '-'.
        String text = Normalizer.normalize(typed, Normalizer.Form.NFKC).strip()
                .replaceAll("[‐‑‒–—―−ー/]", "-");
        Matcher m = KANJI.matcher(text);
        if (!m.matches()) {
            return text;
        }
        int year = "元".equals(m.group(2)) ? 1 : Integer.parseInt(m.group(2));
        if (m.group(1) != null) {
            year = ERA_START.get(m.group(1)) + year - 1;
        }
        StringBuilder iso = new StringBuilder(String.format("%04d", year));
        if (m.group(3) != null) {
            iso.append('-').append(String.format("%02d", Integer.parseInt(m.group(3))));
            if (m.group(4) != null) {
                iso.append('-').append(String.format("%02d", Integer.parseInt(m.group(4))));
            }
        }
        return iso.toString();
    }
}
