package org.citydiplomacy.portal.agreements;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

import org.citydiplomacy.portal.shared.Distinct;
import org.citydiplomacy.portal.shared.LanguageTag;
import org.citydiplomacy.portal.shared.PartialDate;
import org.citydiplomacy.portal.shared.PlausibleDate;
import org.citydiplomacy.portal.shared.Side;
import org.citydiplomacy.portal.shared.StorableText;
import org.citydiplomacy.portal.shared.Texts;
import org.citydiplomacy.portal.shared.Visibility;

/**
 * Every editable field of an agreement, as a form or a JSON body gives it. Partners are named by
 * slug (one or more, in signing order); related agreements by id. {@code visibility} is
 * {@code DRAFT} or {@code PUBLISHED} (a new record without one is a draft, as on the form); withdrawing
 * is its own command. Without a {@code status} the agreement's status is {@code UNKNOWN}.
 */
@StorableText
public record AgreementCommand(
        @NotNull(message = "{validation.required}") AgreementType type,
        @NotBlank(message = "{validation.required}") @Size(max = 500, message = "{validation.size}") String title,
        @Size(max = 500, message = "{validation.size}") String titleJa,
        @NotNull(message = "{validation.required}") @PlausibleDate(yearsAhead = 5) PartialDate signedOn,
        @Size(max = 200, message = "{validation.size}") String place,
        @Size(max = 200, message = "{validation.size}") String placeJa,
        @Size(max = 20_000, message = "{validation.size}") String summary,
        @Size(max = 20_000, message = "{validation.size}") String summaryJa,
        @NotEmpty(message = "{validation.agreement.partners.required}") @Size(max = 50, message = "{validation.size}")
        List<@NotBlank(message = "{validation.required}")
             @Pattern(regexp = "[a-z0-9]+(-[a-z0-9]+)*", message = "{validation.slug.pattern}") String> partners,
        @Size(max = 50, message = "{validation.size}") List<@Valid @NotNull(message = "{validation.required}") SignatoryCommand> signatories,
        Set<@NotNull(message = "{validation.required}") CooperationArea> areas,
        AgreementStatus status,
        @PlausibleDate(yearsAhead = 100) LocalDate reviewOn,
        @PlausibleDate(yearsAhead = 100) LocalDate expiresOn,
        @Size(max = 50, message = "{validation.size}") @Distinct List<@Valid @NotNull(message = "{validation.required}") RelationCommand> relations,
        Visibility visibility,
        @Size(max = 20_000, message = "{validation.size}") String staffNotes,
        @Size(max = 20, message = "{validation.size}") List<@Valid @NotNull(message = "{validation.required}") TextCommand> texts) {

    public AgreementCommand {
        titleJa = Texts.blankToNull(titleJa);
        place = Texts.blankToNull(place);
        placeJa = Texts.blankToNull(placeJa);
        summary = Texts.blankToNull(summary);
        summaryJa = Texts.blankToNull(summaryJa);
        staffNotes = Texts.blankToNull(staffNotes);
        partners = partners == null ? List.of() : partners;
        signatories = signatories == null ? List.of() : signatories;
        areas = areas == null ? Set.of() : areas;
        relations = relations == null ? List.of() : relations;
        texts = texts == null ? List.of() : texts;
        status = status == null ? AgreementStatus.UNKNOWN : status;
        visibility = visibility == null ? Visibility.DRAFT : visibility;
    }

    /** Someone who signed, for the city, for a partner (named by slug) or for another party. */
    @StorableText
    public record SignatoryCommand(
            @NotBlank(message = "{validation.required}") @Size(max = 200, message = "{validation.size}") String name,
            @Size(max = 200, message = "{validation.size}") String nameJa,
            @Size(max = 300, message = "{validation.size}") String office,
            @Size(max = 300, message = "{validation.size}") String officeJa,
            @NotNull(message = "{validation.required}") Side side,
            @Pattern(regexp = "[a-z0-9]+(-[a-z0-9]+)*", message = "{validation.slug.pattern}") String partner) {

        public SignatoryCommand {
            nameJa = Texts.blankToNull(nameJa);
            office = Texts.blankToNull(office);
            officeJa = Texts.blankToNull(officeJa);
            partner = Texts.blankToNull(partner);
        }
    }

    /** This agreement renews, supersedes or amends the agreement {@code agreementId}. */
    public record RelationCommand(
            @NotNull(message = "{validation.required}") RelationKind kind,
            @NotNull(message = "{validation.required}") @Positive(message = "{validation.recordNumber}") Long agreementId) {
    }

    /** The full text in one language, a BCP 47 tag such as {@code en}, {@code ja} or {@code zh-Hant}. */
    @StorableText
    public record TextCommand(
            @NotBlank(message = "{validation.required}") @LanguageTag String language,
            @Size(max = 500, message = "{validation.size}") String title,
            @NotBlank(message = "{validation.required}") @Size(max = 1_000_000, message = "{validation.size}") String body) {

        public TextCommand {
            title = Texts.blankToNull(title);
        }
    }
}
