package org.citydiplomacy.portal.networks;

import java.util.Locale;

import org.citydiplomacy.portal.shared.Texts;

/** A network's name and link, for other modules' pages. */
public record NetworkRef(String slug, String name, String nameJa) {

    public String nameIn(Locale locale) {
        return Texts.in(locale, name, nameJa);
    }
}
