package org.citydiplomacy.portal.agreements;

import java.util.Collection;
import java.util.Map;
import java.util.Set;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.citydiplomacy.portal.shared.RecordWrites;

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
public interface AgreementWriteService extends RecordWrites<Long, AgreementCommand, AgreementEdit> {

    /**
     * Without {@code publishDraftPartners} ({@link #create(Object)}), publishing an agreement naming a draft
     * partner is refused ({@link org.citydiplomacy.portal.shared.HiddenPartsException}).
     * @param publishDraftPartners publish the draft partners the agreement names with it, in the same transaction
     */
    AgreementEdit create(@Valid AgreementCommand command, boolean publishDraftPartners);

    AgreementEdit update(long id, long baseVersion, @Valid AgreementCommand command, boolean publishDraftPartners);

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
