package org.citydiplomacy.portal.shared;

import java.util.IllformedLocaleException;
import java.util.Locale;

/** BCP 47 language tags as the records store them. */
public final class LanguageTags {

    private LanguageTags() {
    }

    /** The tag in its canonical case ({@code zh-hant} becomes {@code zh-Hant}), or null if it is not well-formed. */
    public static String canonical(String tag) {
        if (tag == null || tag.isBlank() || tag.length() > 35) {
            return null;
        }
        try {
            // Locale.forLanguageTag accepts anything; the builder refuses ill-formed tags.
            Locale locale = new Locale.Builder().setLanguageTag(tag.strip()).build();
            return locale.getLanguage().isEmpty() ? null : locale.toLanguageTag();
        }
        catch (IllformedLocaleException ex) {
            return null;
        }
    }
}
