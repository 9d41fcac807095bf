package org.citydiplomacy.portal.meetings.domain;

import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

import org.citydiplomacy.portal.agreements.AgreementWriteService;
import org.citydiplomacy.portal.history.RecordEditor;
import org.citydiplomacy.portal.meetings.MeetingCommand;
import org.citydiplomacy.portal.meetings.MeetingEdit;
import org.citydiplomacy.portal.meetings.MeetingWriteService;
import org.citydiplomacy.portal.partners.PartnerWriteService;
import org.citydiplomacy.portal.partners.PublishingCheck;
import org.citydiplomacy.portal.shared.InvalidCommandException;
import org.citydiplomacy.portal.shared.RecordNotFoundException;
import org.citydiplomacy.portal.shared.Visibility;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * The write side of meetings: checks what a command refers to, applies it to the aggregate and
 * saves it. It is the module's write service ({@link MeetingWriteService}): each command in one
 * transaction, validated before anything is written, for editors and administrators only.
 */
@Service
@Validated
@Transactional
@PreAuthorize("hasAnyRole('EDITOR', 'ADMIN')")
class MeetingEditor extends RecordEditor<Meeting, Long, MeetingCommand, MeetingEdit> implements MeetingWriteService {

    private final Meetings meetings;
    private final PartnerWriteService partners;
    private final AgreementWriteService agreements;

    MeetingEditor(Meetings meetings, MeetingHistory history, PartnerWriteService partners,
            AgreementWriteService agreements, JdbcClient jdbc) {
        super(new Table("meeting", "id::text", "title"), meetings, history, jdbc);
        this.meetings = meetings;
        this.partners = partners;
        this.agreements = agreements;
    }

    @Override
    public MeetingEdit create(MeetingCommand command, boolean publishDraftPartners) {
        Map<String, Long> partnerIds = check(command);
        checkPublication(command, partnerIds, publishDraftPartners);
        return saved(new Meeting(command, partnerIds));
    }

    @Override
    public MeetingEdit update(long id, long baseVersion, MeetingCommand command, boolean publishDraftPartners) {
        Meeting meeting = load(id);
        requireEditable(meeting, id, baseVersion);
        Map<String, Long> partnerIds = check(command);
        checkPublication(command, partnerIds, publishDraftPartners);
        meeting.revise(command, partnerIds);
        return saved(meeting);
    }

    // The short forms, here rather than as interface defaults: a default method would run without
    // this class's transaction and authorisation (which apply to the methods it declares).
    @Override
    public MeetingEdit create(MeetingCommand command) {
        return create(command, false);
    }

    @Override
    public MeetingEdit update(Long id, long baseVersion, MeetingCommand command) {
        return update(id, baseVersion, command, false);
    }

    private Map<String, Long> check(MeetingCommand command) {
        InvalidCommandException.Collector problems = new InvalidCommandException.Collector();
        Set<String> slugs = new LinkedHashSet<>(command.partners());
        command.participants().stream().map(MeetingCommand.ParticipantCommand::partner)
                .filter(s -> s != null && !s.isBlank()).forEach(slugs::add);
        Map<String, Long> partnerIds = partners.idsBySlug(slugs);
        problems.rejectUnknownOrRepeatedPartners(command.partners(), partnerIds);
        for (int i = 0; i < command.participants().size(); i++) {
            MeetingCommand.ParticipantCommand p = command.participants().get(i);
            if (isBlank(p.name()) && isBlank(p.office())) {
                problems.reject("participants[" + i + "].name", "validation.meeting.participant.named");
            }
            if (p.partner() != null && !partnerIds.containsKey(p.partner())) {
                problems.reject("participants[" + i + "].partner", "validation.partner.unknown", p.partner());
            }
        }
        Set<Long> existing = agreements.existingIds(command.agreements());
        for (int i = 0; i < command.agreements().size(); i++) {
            if (!existing.contains(command.agreements().get(i))) {
                problems.reject("agreements[" + i + "]", "validation.agreement.unknown", command.agreements().get(i));
            }
        }
        if (command.endDate() != null && command.endDate().start().isBefore(command.date().start())) {
            problems.reject("endDate", "validation.meeting.endBeforeStart");
        }
        if (command.visibility() == Visibility.WITHDRAWN) {
            problems.reject("visibility", "validation.visibility.withdrawn");
        }
        problems.throwIfAny();
        return partnerIds;
    }

    /** A published meeting names only public partners and published agreements. */
    private void checkPublication(MeetingCommand command, Map<String, Long> partnerIds, boolean publishDraftPartners) {
        if (command.visibility() != Visibility.PUBLISHED) {
            return;
        }
        PublishingCheck publishing = PublishingCheck.of(partners, partnerIds.values());
        Map<Long, String> unpublished = agreements.unpublishedTitles(command.agreements());
        for (int i = 0; i < command.agreements().size(); i++) {
            Long agreement = command.agreements().get(i);
            if (unpublished.containsKey(agreement)) {
                publishing.rejectUnpublishedAgreement("agreements[" + i + "]", agreement, unpublished.get(agreement));
            }
        }
        publishing.settle(publishDraftPartners);
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }

    @Override
    protected Meeting load(Long id) {
        return meetings.findById(id).orElseThrow(() -> RecordNotFoundException.meeting(id));
    }

    @Override
    protected MeetingEdit stateOf(Meeting meeting) {
        Map<Long, String> slugs = partners.slugsById(meeting.referencedPartnerIds());
        return new MeetingEdit(meeting.id(), meeting.version(), meeting.asCommand(slugs::get));
    }
}
