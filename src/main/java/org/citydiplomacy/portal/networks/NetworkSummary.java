package org.citydiplomacy.portal.networks;

import java.util.Locale;

import org.citydiplomacy.portal.shared.PartialDate;

/** A network as the list shows it: names, Tokyo's membership, and how much the records link to it. */
public record NetworkSummary(String slug, String name, String nameJa, String description, String descriptionJa,
        PartialDate joinedOn, PartialDate leftOn, long partners, long meetings, long agreements) {

    public String nameIn(Locale locale) {
        return NetworkTexts.in(locale, name, nameJa);
    }

    public String descriptionIn(Locale locale) {
        return NetworkTexts.in(locale, description, descriptionJa);
    }
}
