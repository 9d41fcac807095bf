package org.citydiplomacy.portal.networks;

import java.util.Locale;

/** A network's texts are kept in English and, where known, Japanese: the Japanese reader gets English where none is kept. */
final class NetworkTexts {

    private NetworkTexts() {
    }

    static String in(Locale locale, String english, String japanese) {
        return "ja".equals(locale.getLanguage()) && japanese != null ? japanese : english;
    }
}
