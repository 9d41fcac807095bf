package org.citydiplomacy.portal.partners;

import java.util.Collection;
import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;

/**
 * Creates, edits and withdraws partners, for the staff forms and the write API. Each command runs in
 * one transaction and is validated before anything is written; an edit names the version it is
 * based on and is refused ({@link org.citydiplomacy.portal.shared.StaleEditException}) if another
 * save came in between. Business conflicts (a slug already taken) are
 * {@link org.citydiplomacy.portal.shared.InvalidCommandException}s with a message code per field.
 *
 * <p>The module's API for writes, implemented by {@code domain.PartnerEditor} (which holds the
 * transaction, validation and authorisation) with no layer between that only passes calls on.
 */
public interface PartnerWriteService {

    PartnerEdit create(@Valid PartnerCommand command);

    /** @param baseVersion the version the editor started from (the ETag of the GET, the form's hidden field) */
    PartnerEdit update(String slug, long baseVersion, @Valid PartnerCommand command);

    /** Hides the partner from the public, keeping it and its history. Administrators only. */
    PartnerEdit withdraw(String slug);

    /** @param reason why, for the history and the public "withdrawn" page (may be blank) */
    PartnerEdit withdraw(String slug, @jakarta.validation.constraints.Size(max = 2000, message = "{validation.size}") String reason);

    /** The staff list: every record in any visibility, searched by title or name, the latest change first. */
    org.citydiplomacy.portal.shared.PageResult<org.citydiplomacy.portal.shared.StaffListItem> staffList(
            org.citydiplomacy.portal.shared.StaffListQuery query);

    /** When and why it was withdrawn, if it is; null otherwise. For its form and its history. */
    org.citydiplomacy.portal.shared.Withdrawal withdrawal(String slug);

    /** Makes a withdrawn record a draft again (administrators only); publishing it is a separate step. */
    PartnerEdit restore(String slug);

    /** The partner's current state as a command, with its version, to fill an edit form. */
    PartnerEdit edit(String slug);

    /** For other modules' commands: the ids of the partners with these slugs; unknown ones are left out. */
    Map<String, Long> idsBySlug(Collection<String> slugs);

    Map<Long, String> slugsById(Collection<Long> ids);

    /** For other modules' commands: which of these partners the public does not see (drafts, withdrawn). */
    List<UnpublishedPartner> unpublished(Collection<Long> ids);

    /**
     * Publishes these draft partners, in the caller's transaction, so that a record naming them can be
     * published with them; each one's history records who published it. Ids of partners that are not
     * drafts are left alone.
     */
    void publishDrafts(Collection<Long> ids);
}
