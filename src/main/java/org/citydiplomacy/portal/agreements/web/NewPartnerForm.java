package org.citydiplomacy.portal.agreements.web;

import org.citydiplomacy.portal.platform.web.FormSubmission;
import org.citydiplomacy.portal.partners.PartnerCommand;
import org.citydiplomacy.portal.partners.PartnerKind;
import org.citydiplomacy.portal.partners.Relationship;
import org.citydiplomacy.portal.shared.Visibility;

/**
 * The few fields that make a new partner from inside the agreement form. It lives beside that form
 * (not in {@code partners.web}): a module may use only another module's public API.
 */
record NewPartnerForm(String name, String nameJa, String slug, String country, PartnerKind kind,
        Relationship relationship, Visibility visibility) {

    static NewPartnerForm empty() {
        return new NewPartnerForm(null, null, null, null, PartnerKind.CITY, Relationship.PARTNER, Visibility.DRAFT);
    }

    PartnerCommand command() {
        return new PartnerCommand(FormSubmission.blank(slug) ? null : slug.strip(), name == null ? null : name.strip(), nameJa,
                null, kind, country == null ? null : country.strip().toUpperCase(java.util.Locale.ROOT), null, null,
                relationship, null, null, null, null, null, null, null, visibility);
    }
}
