package org.citydiplomacy.portal.meetings;

import jakarta.validation.Valid;

import org.citydiplomacy.portal.meetings.domain.MeetingEditor;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * Creates, edits and withdraws meetings, for the staff forms and the write API: one transaction
 * per command, validated before anything is written, stale edits refused with what changed
 * meanwhile, business conflicts (unknown partner or agreement) as field problems.
 */
@Service
@Validated
@Transactional
@PreAuthorize("hasAnyRole('EDITOR', 'ADMIN')")
public class MeetingWriteService {

    private final MeetingEditor editor;

    MeetingWriteService(MeetingEditor editor) {
        this.editor = editor;
    }

    public MeetingEdit create(@Valid MeetingCommand command) {
        return editor.create(command);
    }

    /** @param baseVersion the version the editor started from (the ETag of the GET, the form's hidden field) */
    public MeetingEdit update(long id, long baseVersion, @Valid MeetingCommand command) {
        return editor.update(id, baseVersion, command);
    }

    /** Hides the meeting from the public, keeping it and its history. Administrators only. */
    @PreAuthorize("hasRole('ADMIN')")
    public MeetingEdit withdraw(long id) {
        return editor.withdraw(id);
    }

    @Transactional(readOnly = true)
    public MeetingEdit edit(long id) {
        return editor.edit(id);
    }
}
