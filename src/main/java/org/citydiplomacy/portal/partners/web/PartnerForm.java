package org.citydiplomacy.portal.partners.web;

import java.math.BigDecimal;

import org.citydiplomacy.portal.partners.PartnerCommand;
import org.citydiplomacy.portal.partners.PartnerKind;
import org.citydiplomacy.portal.partners.Relationship;
import org.citydiplomacy.portal.platform.web.FormFields;
import org.citydiplomacy.portal.platform.web.FormSubmission;
import org.citydiplomacy.portal.shared.PartialDate;
import org.citydiplomacy.portal.shared.Visibility;

/** The partner form as sent: the "since" date as typed, everything else as the command has it. */
record PartnerForm(Long version, String slug, String name, String nameJa, String officialName, PartnerKind kind,
        String country, BigDecimal latitude, BigDecimal longitude, Relationship relationship, String relationshipSince,
        String cityTerm, String cityTermJa, String partnerTerm, String relationshipNote, String relationshipNoteJa,
        String staffNotes, Visibility visibility) {

    /** The form's fields in the order it shows them, with their labels: the error summary's order and words. */
    static final FormFields FIELDS = FormFields.builder().field("name", "staff.partner.name")
            .field("nameJa", "staff.partner.nameJa").field("officialName", "staff.partner.officialName")
            .field("slug", "staff.partner.slug").field("kind", "staff.partner.kind")
            .field("country", "staff.partner.country").field("latitude", "staff.partner.latitude")
            .field("longitude", "staff.partner.longitude").field("relationship", "staff.partner.relationship")
            .field("relationshipSince", "staff.partner.since").field("cityTerm", "staff.partner.cityTerm")
            .field("cityTermJa", "staff.partner.cityTermJa").field("partnerTerm", "staff.partner.partnerTerm")
            .field("relationshipNote", "staff.partner.note").field("relationshipNoteJa", "staff.partner.noteJa")
            .endWithPublication();

    static PartnerForm blank() {
        return new PartnerForm(null, null, null, null, null, PartnerKind.CITY, null, null, null, Relationship.PARTNER,
                null, null, null, null, null, null, null, Visibility.DRAFT);
    }

    static PartnerForm of(long version, PartnerCommand c) {
        return new PartnerForm(version, c.slug(), c.name(), c.nameJa(), c.officialName(), c.kind(), c.country(),
                c.latitude(), c.longitude(), c.relationship(),
                c.relationshipSince() == null ? null : c.relationshipSince().toString(), c.cityTerm(), c.cityTermJa(),
                c.partnerTerm(), c.relationshipNote(), c.relationshipNoteJa(), c.staffNotes(), Visibility.editable(c.visibility()));
    }

    PartnerForm withVersion(long value) {
        return new PartnerForm(value, slug, name, nameJa, officialName, kind, country, latitude, longitude, relationship,
                relationshipSince, cityTerm, cityTermJa, partnerTerm, relationshipNote, relationshipNoteJa, staffNotes,
                visibility);
    }

    PartnerCommand command(PartialDate since) {
        return new PartnerCommand(slug, name == null ? null : name.strip(), nameJa, officialName, kind,
                country == null ? null : country.strip().toUpperCase(java.util.Locale.ROOT), latitude, longitude,
                relationship, since, cityTerm, cityTermJa, partnerTerm, relationshipNote, relationshipNoteJa, staffNotes,
                visibility);
    }
}
