package org.citydiplomacy.portal.agreements.domain;

import org.citydiplomacy.portal.agreements.DocumentWithdrawals;
import org.citydiplomacy.portal.agreements.WithdrawnDocument;
import org.citydiplomacy.portal.platform.security.CurrentUser;
import org.citydiplomacy.portal.shared.RecordNotFoundException;
import org.citydiplomacy.portal.shared.Texts;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * The API's withdrawal of a signed document, checked against the agreement's version when the client
 * names one. The document and the agreement change in one transaction, so the history shows the
 * withdrawal (with its reason) as a change of the agreement.
 */
@Service
@Validated
@Transactional
@PreAuthorize("hasAnyRole('EDITOR', 'ADMIN')")
class DocumentWithdrawer implements DocumentWithdrawals {

    private final Agreements agreements;
    private final DocumentStore documents;
    private final AgreementHistory history;

    DocumentWithdrawer(Agreements agreements, DocumentStore documents, AgreementHistory history) {
        this.agreements = agreements;
        this.documents = documents;
        this.history = history;
    }

    @Override
    public WithdrawnDocument withdraw(long agreementId, long documentId, Long baseVersion, String reason) {
        Agreement agreement = agreements.findById(agreementId)
                .orElseThrow(() -> RecordNotFoundException.agreement(agreementId));
        // A withdrawn agreement is kept as it was: only an administrator may change it.
        CurrentUser.requireAdminToChange(agreement.isWithdrawn(), "agreement");
        if (baseVersion != null) {
            history.requireVersion("agreement", Long.toString(agreementId), agreement.version(), baseVersion);
        }
        // Withdrawn already: nothing left to do, as for the staff page's form.
        AgreementDocument document = documents.live(agreementId, documentId);
        document.withdraw(Texts.blankToNull(reason == null ? null : reason.strip()));
        agreement.documentAttached();
        return document.withdrawn(agreements.saveAndFlush(agreement).version());
    }
}
