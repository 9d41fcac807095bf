package org.citydiplomacy.portal.agreements;

import java.util.Collection;
import java.util.Map;
import java.util.Set;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * Creates, edits and withdraws agreements and attaches their signed documents, for the staff forms
 * and the write API. Each command runs in one transaction and is validated before anything is
 * written; an edit names the version it is based on and is refused
 * ({@link org.citydiplomacy.portal.shared.StaleEditException}, listing what changed meanwhile) if
 * another save came in between. Business conflicts (an unknown partner, a relation to itself, a
 * file that is not a PDF) are {@link org.citydiplomacy.portal.shared.InvalidCommandException}s
 * with a message code per field.
 *
 * <p>The module's API for writes, implemented by {@code domain.AgreementEditor} (which holds the
 * transaction, validation and authorisation) with no layer between that only passes calls on.
 */
public interface AgreementWriteService {

    /** Refuses to publish an agreement naming a draft partner ({@link org.citydiplomacy.portal.shared.HiddenPartsException}). */
    AgreementEdit create(@Valid AgreementCommand command);

    /** @param publishDraftPartners publish the draft partners the agreement names with it, in the same transaction */
    AgreementEdit create(@Valid AgreementCommand command, boolean publishDraftPartners);

    /** @param baseVersion the version the editor started from (the ETag of the GET, the form's hidden field) */
    AgreementEdit update(long id, long baseVersion, @Valid AgreementCommand command);

    AgreementEdit update(long id, long baseVersion, @Valid AgreementCommand command, boolean publishDraftPartners);

    /** Hides the agreement from the public, keeping it and its history. Administrators only. */
    AgreementEdit withdraw(long id);

    /** @param reason why, for the history and the public "withdrawn" page (may be blank) */
    AgreementEdit withdraw(long id, @jakarta.validation.constraints.Size(max = 2000, message = "{validation.size}") String reason);

    /** The staff list: every record in any visibility, searched by title or name, the latest change first. */
    org.citydiplomacy.portal.shared.PageResult<org.citydiplomacy.portal.shared.StaffListItem> staffList(
            org.citydiplomacy.portal.shared.StaffListQuery query);

    /** When and why it was withdrawn, if it is; null otherwise. For its form and its history. */
    org.citydiplomacy.portal.shared.Withdrawal withdrawal(long id);

    /** Makes a withdrawn record a draft again (administrators only); publishing it is a separate step. */
    AgreementEdit restore(long id);

    /** Stores a signed PDF with its language; anything that is not a real PDF within the size limit is refused. */
    DocumentAttached attach(long agreementId, @Valid DocumentUpload upload);

    /**
     * Withdraws a signed document: kept in storage and in the history with the reason, no longer
     * shown or given to the public; staff still see it, marked withdrawn.
     */
    void withdrawDocument(long agreementId, long documentId, @NotBlank @Size(max = 2000) String reason);

    /**
     * A new version of a signed document: the new file is attached and the old one withdrawn, in one
     * transaction, so the history keeps both.
     */
    DocumentAttached replaceDocument(long agreementId, long documentId, @Valid DocumentUpload upload);

    /** The agreement's current state as a command, with its version, to fill an edit form. */
    AgreementEdit edit(long id);

    /** For other modules' commands: which of these agreement ids exist (in any visibility). */
    Set<Long> existingIds(Collection<Long> ids);

    /** For other modules' commands: the titles of those of these agreements the public does not see, by id. */
    Map<Long, String> unpublishedTitles(Collection<Long> ids);

    /**
     * For the spreadsheet import: the agreement (in any visibility) that a row without an id means,
     * the one with the same partners (in any order), the same title (ignoring case) and a signing
     * date in the same period (so that "2025-09" finds the agreement signed on 2025-09-14 and the
     * other way round); the oldest if there are several.
     */
    java.util.Optional<Long> sameAgreement(Collection<String> partnerSlugs,
            org.citydiplomacy.portal.shared.PartialDate signedOn, String title);
}
