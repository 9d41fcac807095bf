package org.citydiplomacy.portal.agreements.web;

import java.io.IOException;

import jakarta.servlet.http.HttpServletResponse;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.citydiplomacy.portal.platform.web.ApiDocs;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.ServletWebRequest;

/** A signed document through the API: the same download as the agreement page's, errors as problem+json. */
@RestController
@Tag(name = ApiDocs.AGREEMENTS)
class DocumentApiController {

    private final DocumentDownloads downloads;

    DocumentApiController(DocumentDownloads downloads) {
        this.downloads = downloads;
    }

    @GetMapping("/api/v1/agreements/{id}/documents/{documentId}")
    @Operation(operationId = "getAgreementDocument", summary = "Download a signed PDF",
            responses = @ApiResponse(responseCode = "200", description = "The PDF, as an attachment",
                    content = @Content(mediaType = MediaType.APPLICATION_PDF_VALUE,
                            schema = @Schema(type = "string", format = "binary"))))
    void download(@Parameter(description = "The agreement's id", example = "1") @PathVariable long id,
            @Parameter(description = "The document's id") @PathVariable long documentId, ServletWebRequest request,
            HttpServletResponse response) throws IOException {
        downloads.send(id, documentId, request, response);
    }
}
