package org.citydiplomacy.portal.agreements.web;

import java.nio.charset.StandardCharsets;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.citydiplomacy.portal.agreements.DocumentFile;
import org.citydiplomacy.portal.agreements.DocumentService;
import org.citydiplomacy.portal.platform.security.ReaderAudience;
import org.citydiplomacy.portal.platform.web.ApiDocs;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = ApiDocs.AGREEMENTS)
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
    @Operation(operationId = "getAgreementDocument", summary = "Download a signed PDF",
            responses = @ApiResponse(responseCode = "200", description = "The PDF, as an attachment",
                    content = @Content(mediaType = MediaType.APPLICATION_PDF_VALUE,
                            schema = @Schema(type = "string", format = "binary"))))
    ResponseEntity<byte[]> download(@Parameter(description = "The agreement's id", example = "1") @PathVariable long id,
            @Parameter(description = "The document's id") @PathVariable long documentId) {
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
