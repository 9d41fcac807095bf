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

    /**
     * Whether the text can be stored and searched for as given: no NUL character (PostgreSQL refuses
     * it in text) and no lone UTF-16 surrogate (UTF-8 cannot carry one). The one rule for command
     * records ({@link StorableText}) and search words ({@link ParameterReader#text}).
     */
    public static boolean isStorable(String text) {
        if (text == null) {
            return true;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\u0000') {
                return false;
            }
            if (Character.isHighSurrogate(c)) {
                if (i + 1 == text.length() || !Character.isLowSurrogate(text.charAt(i + 1))) {
                    return false;
                }
                i++;
            }
            else if (Character.isLowSurrogate(c)) {
                return false;
            }
        }
        return true;
    }

    /** The text with what cannot be stored (or shown) replaced by U+FFFD, for echoing a refused value. */
    public static String printable(String text) {
        if (text == null) {
            return null;
        }
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                out.append(c).append(text.charAt(++i));
            }
            else if (c == '\u0000' || Character.isSurrogate(c)) {
                out.append('\uFFFD');
            }
            else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
