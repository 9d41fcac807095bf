package org.citydiplomacy.portal.meetings;

import jakarta.validation.Valid;

import org.citydiplomacy.portal.shared.RecordWrites;

/**
 * Creates, edits and withdraws meetings, for the staff forms and the write API: one transaction
 * per command, validated before anything is written, stale edits refused with what changed
 * meanwhile, business conflicts (unknown partner or agreement) as field problems.
 *
 * <p>The module's API for writes, implemented by {@code domain.MeetingEditor} (which holds the
 * transaction, validation and authorisation) with no layer between that only passes calls on.
 */
public interface MeetingWriteService extends RecordWrites<Long, MeetingCommand, MeetingEdit> {

    /**
     * Without {@code publishDraftPartners} ({@link #create(Object)}), publishing a meeting naming a draft
     * partner is refused ({@link org.citydiplomacy.portal.shared.HiddenPartsException}).
     * @param publishDraftPartners publish the draft partners the meeting names with it, in the same transaction
     */
    MeetingEdit create(@Valid MeetingCommand command, boolean publishDraftPartners);

    MeetingEdit update(long id, long baseVersion, @Valid MeetingCommand command, boolean publishDraftPartners);
}
