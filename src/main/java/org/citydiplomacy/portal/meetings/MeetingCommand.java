package org.citydiplomacy.portal.meetings;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

import org.citydiplomacy.portal.shared.Distinct;
import org.citydiplomacy.portal.shared.PartialDate;
import org.citydiplomacy.portal.shared.PlausibleDate;
import org.citydiplomacy.portal.shared.StorableText;
import org.citydiplomacy.portal.shared.Side;
import org.citydiplomacy.portal.shared.Texts;
import org.citydiplomacy.portal.shared.Visibility;

/**
 * Every editable field of a meeting. Partners are named by slug, agreements signed at the meeting
 * by id. {@code visibility} is {@code DRAFT} or {@code PUBLISHED} (a new record without one is a draft);
 * withdrawing is its own command.
 */
@StorableText
public record MeetingCommand(
        @NotBlank(message = "{validation.required}") @Size(max = 500, message = "{validation.size}") String title,
        @Size(max = 500, message = "{validation.size}") String titleJa,
        @NotNull(message = "{validation.required}") @PlausibleDate(yearsAhead = 5) PartialDate date,
        @PlausibleDate(yearsAhead = 5) PartialDate endDate,
        @NotNull(message = "{validation.required}") MeetingKind kind,
        @Size(max = 200, message = "{validation.size}") String place,
        @Size(max = 200, message = "{validation.size}") String placeJa,
        @Size(max = 20_000, message = "{validation.size}") String summary,
        @Size(max = 20_000, message = "{validation.size}") String summaryJa,
        @Size(max = 50, message = "{validation.size}")
        List<@NotBlank(message = "{validation.required}")
             @Pattern(regexp = "[a-z0-9]+(-[a-z0-9]+)*", message = "{validation.slug.pattern}") String> partners,
        @Size(max = 100, message = "{validation.size}") List<@Valid @NotNull(message = "{validation.required}") ParticipantCommand> participants,
        @Size(max = 50, message = "{validation.size}") @Distinct
        List<@NotNull(message = "{validation.required}") @Positive(message = "{validation.recordNumber}") Long> agreements,
        Visibility visibility,
        @Size(max = 20_000, message = "{validation.size}") String staffNotes) {

    public MeetingCommand {
        titleJa = Texts.blankToNull(titleJa);
        place = Texts.blankToNull(place);
        placeJa = Texts.blankToNull(placeJa);
        summary = Texts.blankToNull(summary);
        summaryJa = Texts.blankToNull(summaryJa);
        staffNotes = Texts.blankToNull(staffNotes);
        partners = partners == null ? List.of() : partners;
        participants = participants == null ? List.of() : participants;
        agreements = agreements == null ? List.of() : agreements;
        visibility = visibility == null ? Visibility.DRAFT : visibility;
    }

    /** Someone who took part; documents sometimes name only the office, so one of the two is enough. */
    @StorableText
    public record ParticipantCommand(
            @Size(max = 200, message = "{validation.size}") String name,
            @Size(max = 200, message = "{validation.size}") String nameJa,
            @Size(max = 300, message = "{validation.size}") String office,
            @Size(max = 300, message = "{validation.size}") String officeJa,
            @NotNull(message = "{validation.required}") Side side,
            @Pattern(regexp = "[a-z0-9]+(-[a-z0-9]+)*", message = "{validation.slug.pattern}") String partner) {

        public ParticipantCommand {
            name = Texts.blankToNull(name);
            nameJa = Texts.blankToNull(nameJa);
            office = Texts.blankToNull(office);
            officeJa = Texts.blankToNull(officeJa);
            partner = Texts.blankToNull(partner);
        }
    }
}
