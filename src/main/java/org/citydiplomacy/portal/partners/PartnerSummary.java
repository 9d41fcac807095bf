package org.citydiplomacy.portal.partners;

import java.util.Locale;

import org.citydiplomacy.portal.shared.PartialDate;
import org.citydiplomacy.portal.shared.Texts;

/** A partner as the partner list shows it, with its number of agreements and its latest contact. */
public record PartnerSummary(long id, String slug, String name, String nameJa, PartnerKind kind, String country,
        Relationship relationship, PartialDate relationshipSince, long agreementCount, PartialDate latestContact) {

    public String nameIn(Locale locale) {
        return Texts.in(locale, name, nameJa);
    }

    public PartnerRef ref() {
        return new PartnerRef(slug, name, nameJa);
    }
}
