package org.citydiplomacy.portal.networks;

import java.util.Locale;

import org.citydiplomacy.portal.shared.PartialDate;
import org.citydiplomacy.portal.shared.Texts;

/** A network as the list shows it: names, Tokyo's membership, and how much the records link to it. */
public record NetworkSummary(String slug, String name, String nameJa, String description, String descriptionJa,
        PartialDate joinedOn, PartialDate leftOn, long partners, long meetings, long agreements) {

    public String nameIn(Locale locale) {
        return Texts.in(locale, name, nameJa);
    }

    public String descriptionIn(Locale locale) {
        return Texts.in(locale, description, descriptionJa);
    }
}
