package org.citydiplomacy.portal.agreements;

import org.citydiplomacy.portal.agreements.domain.DocumentQueries;
import org.citydiplomacy.portal.shared.Audience;
import org.citydiplomacy.portal.shared.RecordNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Signed documents for download, for the public (of published agreements) and for staff. */
@Service
@Transactional(readOnly = true)
public class DocumentService {

    private final DocumentQueries queries;

    DocumentService(DocumentQueries queries) {
        this.queries = queries;
    }

    /** @throws RecordNotFoundException if there is no such document of that agreement, or the reader may not see it */
    public DocumentFile file(long agreementId, long documentId, Audience audience) {
        return queries.file(agreementId, documentId, audience)
                .orElseThrow(() -> RecordNotFoundException.document(documentId));
    }
}
