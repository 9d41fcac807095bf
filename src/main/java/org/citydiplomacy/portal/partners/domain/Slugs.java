package org.citydiplomacy.portal.partners.domain;

import java.text.Normalizer;
import java.util.Locale;
import java.util.function.Predicate;

/**
 * A partner's identifier made from its English name when staff leave it empty: lower-case ASCII,
 * accents folded (São Paulo: sao-paulo), anything else between words a hyphen, and a suffix
 * ({@code -2}, {@code -3}...) when the identifier is taken.
 */
final class Slugs {

    /** The column's length less room for a suffix. */
    private static final int MAX_BASE = 72;

    private Slugs() {
    }

    /** The identifier the name gives, or "" for a name without a Latin letter or digit. */
    static String fromName(String name) {
        String folded = Normalizer.normalize(name == null ? "" : name, Normalizer.Form.NFKD)
                .replaceAll("\\p{M}", "")
                // Letters that are not an accented letter, so that NFKD leaves them as they are.
                .replace("ß", "ss").replace("æ", "ae").replace("Æ", "AE").replace("œ", "oe").replace("Œ", "OE")
                .replace("ø", "o").replace("Ø", "O").replace("ł", "l").replace("Ł", "L").replace("đ", "d")
                .replace("Đ", "D").replace("ı", "i").replace("þ", "th").replace("ð", "d")
                .toLowerCase(Locale.ROOT)
                .replaceAll("['’]", "")
                .replaceAll("[^a-z0-9]+", "-")
                .replaceAll("^-+|-+$", "");
        if (folded.length() > MAX_BASE) {
            folded = folded.substring(0, MAX_BASE).replaceAll("-+$", "");
        }
        return folded;
    }

    /** The first of {@code base}, {@code base-2}, {@code base-3}... that is not taken. */
    static String unique(String base, Predicate<String> taken) {
        String slug = base;
        for (int n = 2; taken.test(slug); n++) {
            slug = base + "-" + n;
        }
        return slug;
    }
}
