package org.citydiplomacy.portal.agreements;

import jakarta.validation.constraints.Size;

/**
 * Withdrawing a signed document through the API: kept in storage and in the history with the reason,
 * no longer shown or given to the public (its address answers 410). Editors and administrators.
 */
public interface DocumentWithdrawals {

    /**
     * @param baseVersion the agreement's version the client started from (its If-Match), or null
     * @param reason why, for the history and the document's 410 (may be blank)
     * @throws org.citydiplomacy.portal.shared.StaleEditException if the agreement is no longer at {@code baseVersion}
     * @throws org.citydiplomacy.portal.shared.RecordNotFoundException if there is no such document, or it is withdrawn already
     */
    WithdrawnDocument withdraw(long agreementId, long documentId, Long baseVersion,
            @Size(max = 2000, message = "{validation.size}") String reason);
}
