package org.citydiplomacy.portal.meetings;

import jakarta.validation.Valid;

/**
 * Creates, edits and withdraws meetings, for the staff forms and the write API: one transaction
 * per command, validated before anything is written, stale edits refused with what changed
 * meanwhile, business conflicts (unknown partner or agreement) as field problems.
 *
 * <p>The module's API for writes, implemented by {@code domain.MeetingEditor} (which holds the
 * transaction, validation and authorisation) with no layer between that only passes calls on.
 */
public interface MeetingWriteService {

    /** Refuses to publish a meeting naming a draft partner ({@link org.citydiplomacy.portal.shared.HiddenPartsException}). */
    MeetingEdit create(@Valid MeetingCommand command);

    /** @param publishDraftPartners publish the draft partners the meeting names with it, in the same transaction */
    MeetingEdit create(@Valid MeetingCommand command, boolean publishDraftPartners);

    /** @param baseVersion the version the editor started from (the ETag of the GET, the form's hidden field) */
    MeetingEdit update(long id, long baseVersion, @Valid MeetingCommand command);

    MeetingEdit update(long id, long baseVersion, @Valid MeetingCommand command, boolean publishDraftPartners);

    /** Hides the meeting from the public, keeping it and its history. Administrators only. */
    MeetingEdit withdraw(long id);

    /** @param reason why, for the history and the public "withdrawn" page (may be blank) */
    MeetingEdit withdraw(long id, @jakarta.validation.constraints.Size(max = 2000, message = "{validation.size}") String reason);

    /** The staff list: every record in any visibility, searched by title or name, the latest change first. */
    org.citydiplomacy.portal.shared.PageResult<org.citydiplomacy.portal.shared.StaffListItem> staffList(
            org.citydiplomacy.portal.shared.StaffListQuery query);

    /** When and why it was withdrawn, if it is; null otherwise. For its form and its history. */
    org.citydiplomacy.portal.shared.Withdrawal withdrawal(long id);

    /** Makes a withdrawn record a draft again (administrators only); publishing it is a separate step. */
    MeetingEdit restore(long id);

    MeetingEdit edit(long id);
}
