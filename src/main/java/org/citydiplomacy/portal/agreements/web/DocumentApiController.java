package org.citydiplomacy.portal.agreements.web;

import java.nio.charset.StandardCharsets;

import org.citydiplomacy.portal.agreements.DocumentFile;
import org.citydiplomacy.portal.agreements.DocumentService;
import org.citydiplomacy.portal.platform.security.ReaderAudience;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

@RestController
class DocumentApiController {

    private final DocumentService documents;
    private final ReaderAudience audience;

    DocumentApiController(DocumentService documents, ReaderAudience audience) {
        this.documents = documents;
        this.audience = audience;
    }

    /**
     * A signed PDF as an attachment under its original name (RFC 6266, UTF-8 safe), never rendered
     * in the portal's origin: it is sandboxed and its type is not sniffed.
     */
    @GetMapping("/api/v1/agreements/{id}/documents/{documentId}")
    ResponseEntity<byte[]> download(@PathVariable long id, @PathVariable long documentId) {
        DocumentFile file = documents.file(id, documentId, audience.current());
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(file.filename(), StandardCharsets.UTF_8).build().toString())
                .header("Content-Security-Policy", "sandbox; default-src 'none'")
                .header("X-Content-Type-Options", "nosniff")
                .eTag("\"" + file.sha256() + "\"")
                .body(file.content());
    }
}
