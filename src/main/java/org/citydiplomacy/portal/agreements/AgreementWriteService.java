package org.citydiplomacy.portal.agreements;

import java.util.Collection;
import java.util.Set;

import jakarta.validation.Valid;

import org.citydiplomacy.portal.agreements.domain.AgreementEditor;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * Creates, edits and withdraws agreements and attaches their signed documents, for the staff forms
 * and the write API. Each command runs in one transaction and is validated before anything is
 * written; an edit names the version it is based on and is refused
 * ({@link org.citydiplomacy.portal.shared.StaleEditException}, listing what changed meanwhile) if
 * another save came in between. Business conflicts (an unknown partner, a relation to itself, a
 * file that is not a PDF) are {@link org.citydiplomacy.portal.shared.InvalidCommandException}s
 * with a message code per field.
 */
@Service
@Validated
@Transactional
@PreAuthorize("hasAnyRole('EDITOR', 'ADMIN')")
public class AgreementWriteService {

    private final AgreementEditor editor;

    AgreementWriteService(AgreementEditor editor) {
        this.editor = editor;
    }

    public AgreementEdit create(@Valid AgreementCommand command) {
        return editor.create(command);
    }

    /** @param baseVersion the version the editor started from (the ETag of the GET, the form's hidden field) */
    public AgreementEdit update(long id, long baseVersion, @Valid AgreementCommand command) {
        return editor.update(id, baseVersion, command);
    }

    /** Hides the agreement from the public, keeping it and its history. Administrators only. */
    @PreAuthorize("hasRole('ADMIN')")
    public AgreementEdit withdraw(long id) {
        return editor.withdraw(id);
    }

    /** Stores a signed PDF with its language; anything that is not a real PDF within the size limit is refused. */
    public DocumentAttached attach(long agreementId, @Valid DocumentUpload upload) {
        return editor.attach(agreementId, upload);
    }

    /** The agreement's current state as a command, with its version, to fill an edit form. */
    @Transactional(readOnly = true)
    public AgreementEdit edit(long id) {
        return editor.edit(id);
    }

    /** For other modules' commands: which of these agreement ids exist (in any visibility). */
    @Transactional(readOnly = true)
    public Set<Long> existingIds(Collection<Long> ids) {
        return editor.existingIds(ids);
    }
}
