package org.citydiplomacy.portal.agreements.web;

import java.io.IOException;

import jakarta.servlet.http.HttpServletResponse;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import jakarta.validation.Valid;

import org.citydiplomacy.portal.agreements.DocumentWithdrawals;
import org.citydiplomacy.portal.agreements.WithdrawnDocument;
import org.citydiplomacy.portal.platform.web.ApiDocs;
import org.citydiplomacy.portal.platform.web.VersionedResponse;
import org.citydiplomacy.portal.platform.web.Versions;
import org.citydiplomacy.portal.shared.WithdrawalRequest;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.ServletWebRequest;

/**
 * A signed document through the API: the same download as the agreement page's, and its withdrawal
 * by staff; errors as problem+json.
 */
@RestController
@Tag(name = ApiDocs.AGREEMENTS)
class DocumentApiController {

    private final DocumentDownloads downloads;
    private final DocumentWithdrawals withdrawals;

    DocumentApiController(DocumentDownloads downloads, DocumentWithdrawals withdrawals) {
        this.downloads = downloads;
        this.withdrawals = withdrawals;
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

    /**
     * Withdraws a signed document from the public, keeping it and its history (editors and
     * administrators). If-Match is optional: with the agreement's ETag, a withdrawal based on an older
     * version is refused (412). The body, with a reason, is optional too.
     */
    @PostMapping("/api/v1/agreements/{id}/documents/{documentId}/withdrawal")
    @Operation(operationId = "withdrawAgreementDocument", summary = "Withdraw a signed document from the public",
            description = "The document is kept, with its history, and its address answers 410 Gone. Send If-Match with the"
                    + " agreement's ETag to refuse the withdrawal (412) if someone saved the agreement since.")
    @VersionedResponse("Withdrawn; ETag is the agreement's new version")
    ResponseEntity<WithdrawnDocument> withdraw(@Parameter(description = "The agreement's id", example = "1") @PathVariable long id,
            @Parameter(description = "The document's id") @PathVariable long documentId,
            @Parameter(description = "The agreement's ETag, if the withdrawal is based on a version of it", example = "\"v3\"")
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @Valid @RequestBody(required = false) WithdrawalRequest request) {
        return Versions.tagged(withdrawals.withdraw(id, documentId, Versions.fromOptionalIfMatch(ifMatch),
                WithdrawalRequest.reasonOf(request)));
    }
}
