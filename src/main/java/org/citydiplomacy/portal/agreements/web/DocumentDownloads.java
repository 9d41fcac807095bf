package org.citydiplomacy.portal.agreements.web;

import java.io.IOException;

import jakarta.servlet.http.HttpServletResponse;

import org.citydiplomacy.portal.agreements.AgreementDocumentFile;
import org.citydiplomacy.portal.agreements.DocumentService;
import org.citydiplomacy.portal.platform.security.ReaderAudience;
import org.citydiplomacy.portal.shared.Attachments;
import org.citydiplomacy.portal.shared.Audience;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.ServletWebRequest;

/**
 * The one way a signed document leaves the portal, for the agreement page's link and the API alike:
 * streamed from the database in slices, with the same headers on both addresses. A PDF is an
 * attachment under its original name (RFC 6266, UTF-8 safe), never rendered in the portal's origin:
 * it is sandboxed and its type is not sniffed. Its checksum is its ETag, so a reader that has it gets
 * a 304 without the bytes being read; staff downloads (drafts) are never stored.
 */
@Component
class DocumentDownloads {

    static final String SANDBOX = "sandbox; default-src 'none'";

    private final DocumentService documents;
    private final ReaderAudience audience;

    DocumentDownloads(DocumentService documents, ReaderAudience audience) {
        this.documents = documents;
        this.audience = audience;
    }

    /** @throws org.citydiplomacy.portal.shared.RecordNotFoundException unless the reader may see the document */
    void send(long agreementId, long documentId, ServletWebRequest request, HttpServletResponse response)
            throws IOException {
        Audience reader = audience.current();
        AgreementDocumentFile file = documents.document(agreementId, documentId, reader);
        response.setHeader(HttpHeaders.CACHE_CONTROL, ReaderCacheControl.of(reader));
        if (request.checkNotModified("\"" + file.sha256() + "\"")) {
            return;
        }
        response.setContentType(MediaType.APPLICATION_PDF_VALUE);
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, Attachments.contentDisposition(file.filename()));
        response.setHeader("Content-Security-Policy", SANDBOX);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setContentLengthLong(file.sizeBytes());
        documents.copy(file, response.getOutputStream());
    }
}
