package org.citydiplomacy.portal.partners;

import java.math.BigDecimal;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.citydiplomacy.portal.shared.CountryCode;
import org.citydiplomacy.portal.shared.PartialDate;
import org.citydiplomacy.portal.shared.PlausibleDate;
import org.citydiplomacy.portal.shared.StorableText;
import org.citydiplomacy.portal.shared.Texts;
import org.citydiplomacy.portal.shared.Visibility;

/**
 * Every editable field of a partner, as a form or a JSON body gives it. The slug names a new partner
 * (made from the English name when left out: lower-case ASCII, accents folded, {@code -2} if taken)
 * and never changes afterwards (an update may repeat it or leave it out). {@code visibility} is
 * {@code DRAFT} or {@code PUBLISHED} (a new record without one is a draft; without a
 * {@code relationship} it is a {@code PARTNER}); withdrawing is its own command.
 */
@StorableText
public record PartnerCommand(
        @Size(max = 80, message = "{validation.slug.size}")
        @Pattern(regexp = "[a-z0-9]+(-[a-z0-9]+)*", message = "{validation.slug.pattern}") String slug,
        @NotBlank(message = "{validation.required}") @Size(max = 200, message = "{validation.size}") String name,
        @Size(max = 200, message = "{validation.size}") String nameJa,
        @Size(max = 300, message = "{validation.size}") String officialName,
        @NotNull(message = "{validation.required}") PartnerKind kind,
        @NotNull(message = "{validation.required}")
        @Pattern(regexp = "[A-Z]{2}", message = "{validation.country}") @CountryCode String country,
        @DecimalMin(value = "-90", message = "{validation.latitude}") @DecimalMax(value = "90", message = "{validation.latitude}")
        @Digits(integer = 2, fraction = 6, message = "{validation.coordinate.digits}") BigDecimal latitude,
        @DecimalMin(value = "-180", message = "{validation.longitude}") @DecimalMax(value = "180", message = "{validation.longitude}")
        @Digits(integer = 3, fraction = 6, message = "{validation.coordinate.digits}") BigDecimal longitude,
        Relationship relationship,
        @PlausibleDate(yearsAhead = 0, message = "{validation.date.notFuture}") PartialDate relationshipSince,
        @Size(max = 120, message = "{validation.size}") String cityTerm,
        @Size(max = 120, message = "{validation.size}") String cityTermJa,
        @Size(max = 120, message = "{validation.size}") String partnerTerm,
        @Size(max = 20_000, message = "{validation.size}") String relationshipNote,
        @Size(max = 20_000, message = "{validation.size}") String relationshipNoteJa,
        @Size(max = 20_000, message = "{validation.size}") String staffNotes,
        Visibility visibility) {

    public PartnerCommand {
        slug = Texts.blankToNull(slug);
        nameJa = Texts.blankToNull(nameJa);
        officialName = Texts.blankToNull(officialName);
        cityTerm = Texts.blankToNull(cityTerm);
        cityTermJa = Texts.blankToNull(cityTermJa);
        partnerTerm = Texts.blankToNull(partnerTerm);
        relationshipNote = Texts.blankToNull(relationshipNote);
        relationshipNoteJa = Texts.blankToNull(relationshipNoteJa);
        staffNotes = Texts.blankToNull(staffNotes);
        visibility = visibility == null ? Visibility.DRAFT : visibility;
        // A partner that only signs agreements (the enum's own definition of PARTNER).
        relationship = relationship == null ? Relationship.PARTNER : relationship;
    }
}
