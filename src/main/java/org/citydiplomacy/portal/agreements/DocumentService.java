package org.citydiplomacy.portal.agreements;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;

import org.citydiplomacy.portal.agreements.domain.AgreementDocumentQueries;
import org.citydiplomacy.portal.shared.Audience;
import org.citydiplomacy.portal.shared.RecordNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Signed documents for download, for the public (of published agreements) and for staff: first what
 * the response headers need, then the bytes, streamed in slices.
 */
@Service
@Transactional(readOnly = true)
public class DocumentService {

    /** Bytes read from the database per statement when a signed document is downloaded. */
    static final int DOCUMENT_SLICE = 512 * 1024;

    private final AgreementDocumentQueries queries;

    DocumentService(AgreementDocumentQueries queries) {
        this.queries = queries;
    }

    /**
     * @throws RecordNotFoundException unless the document and its agreement are visible to the audience
     * @throws org.citydiplomacy.portal.shared.RecordWithdrawnException if the reader sees the agreement
     *         and the document was withdrawn (or the agreement itself was)
     */
    public AgreementDocumentFile document(long agreementId, long documentId, Audience audience) {
        return queries.document(agreementId, documentId, audience)
                .orElseThrow(() -> queries.unavailable(agreementId, documentId, audience));
    }

    /**
     * Writes a document's bytes to {@code out} in slices of {@value #DOCUMENT_SLICE} bytes, each its
     * own short statement: no connection is held while a slow client reads, and no whole file is
     * held in memory.
     *
     * @throws IllegalStateException if the document changed or disappeared during the download
     */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public void copy(AgreementDocumentFile file, OutputStream out) {
        try {
            // Documents are limited far below 2 GiB, so an int offset (what substring takes) is enough.
            for (int from = 1; from <= file.sizeBytes(); from += DOCUMENT_SLICE) {
                byte[] slice = queries.documentSlice(file.id(), file.sha256(), from, DOCUMENT_SLICE);
                if (slice == null) {
                    throw new IllegalStateException("Document " + file.id() + " changed during its download");
                }
                out.write(slice);
            }
            out.flush();
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }
}
