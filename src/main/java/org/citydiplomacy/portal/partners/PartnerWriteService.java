package org.citydiplomacy.portal.partners;

import java.util.Collection;
import java.util.Map;

import jakarta.validation.Valid;

import org.citydiplomacy.portal.partners.domain.PartnerEditor;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * Creates, edits and withdraws partners, for the staff forms and the write API. Each command runs in
 * one transaction and is validated before anything is written; an edit names the version it is
 * based on and is refused ({@link org.citydiplomacy.portal.shared.StaleEditException}) if another
 * save came in between. Business conflicts (a slug already taken) are
 * {@link org.citydiplomacy.portal.shared.InvalidCommandException}s with a message code per field.
 */
@Service
@Validated
@Transactional
@PreAuthorize("hasAnyRole('EDITOR', 'ADMIN')")
public class PartnerWriteService {

    private final PartnerEditor editor;

    PartnerWriteService(PartnerEditor editor) {
        this.editor = editor;
    }

    public PartnerEdit create(@Valid PartnerCommand command) {
        return editor.create(command);
    }

    /** @param baseVersion the version the editor started from (the ETag of the GET, the form's hidden field) */
    public PartnerEdit update(String slug, long baseVersion, @Valid PartnerCommand command) {
        return editor.update(slug, baseVersion, command);
    }

    /** Hides the partner from the public, keeping it and its history. Administrators only. */
    @PreAuthorize("hasRole('ADMIN')")
    public PartnerEdit withdraw(String slug) {
        return editor.withdraw(slug);
    }

    /** The partner's current state as a command, with its version, to fill an edit form. */
    @Transactional(readOnly = true)
    public PartnerEdit edit(String slug) {
        return editor.edit(slug);
    }

    /** For other modules' commands: the ids of the partners with these slugs; unknown ones are left out. */
    @Transactional(readOnly = true)
    public Map<String, Long> idsBySlug(Collection<String> slugs) {
        return editor.idsBySlug(slugs);
    }

    @Transactional(readOnly = true)
    public Map<Long, String> slugsById(Collection<Long> ids) {
        return editor.slugsById(ids);
    }
}
