package org.citydiplomacy.portal.shared;

import java.util.Locale;

/** Small helpers for text: the text in the reader's language, and what forms and JSON bodies give. */
public final class Texts {

    private Texts() {
    }

    /** An empty or blank field means "not given": stored as null, so that fallbacks (English for Japanese) apply. */
    public static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    /** Whether the reader reads Japanese: the records hold English and Japanese, and Japanese is shown only to them. */
    public static boolean japanese(Locale locale) {
        return "ja".equals(locale.getLanguage());
    }

    /** The Japanese text for a Japanese reader when there is one, otherwise the English one. */
    public static String in(Locale locale, String english, String japanese) {
        return japanese(locale) && japanese != null ? japanese : english;
    }
}
