package org.citydiplomacy.portal.agreements.web;

import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Locale;

import jakarta.validation.Valid;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.citydiplomacy.portal.agreements.AgreementCommand;
import org.citydiplomacy.portal.agreements.AgreementEdit;
import org.citydiplomacy.portal.agreements.AgreementWriteService;
import org.citydiplomacy.portal.agreements.DocumentAttached;
import org.citydiplomacy.portal.agreements.DocumentUpload;
import org.citydiplomacy.portal.history.HistoryEntry;
import org.citydiplomacy.portal.history.HistoryService;
import org.citydiplomacy.portal.history.RecordType;
import org.citydiplomacy.portal.platform.web.ApiDocs;
import org.citydiplomacy.portal.platform.web.CreatedResponse;
import org.citydiplomacy.portal.platform.web.IdempotentCreate;
import org.citydiplomacy.portal.platform.web.IfMatchParameter;
import org.citydiplomacy.portal.platform.web.VersionedResponse;
import org.citydiplomacy.portal.platform.web.VersionedEdits;
import org.citydiplomacy.portal.platform.web.Versions;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** Staff writes of agreements: create, update (If-Match), withdraw, signed documents, editable state, history. */
@RestController
@Tag(name = ApiDocs.AGREEMENTS)
@RequestMapping("/api/v1/agreements")
class AgreementEditApiController {

    private final AgreementWriteService agreements;
    private final VersionedEdits.Of<Long, AgreementCommand, AgreementEdit> edits;
    private final HistoryService history;

    AgreementEditApiController(AgreementWriteService agreements, VersionedEdits versions, HistoryService history) {
        this.agreements = agreements;
        this.edits = versions.of(agreements);
        this.history = history;
    }

    /** @param publishDraftPartners publish the draft partners it names with it (else a published one naming them is a 409) */
    @PostMapping
    @IdempotentCreate
    @Operation(operationId = "createAgreement", summary = "Create an agreement",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content = @Content(
                    mediaType = MediaType.APPLICATION_JSON_VALUE, schema = @Schema(implementation = AgreementCommand.class),
                    examples = { @ExampleObject(name = "minimal", summary = "The fields a create needs: a draft of unknown status", value = """
                                    {"type": "MEMORANDUM_OF_UNDERSTANDING", "title": "Memorandum on climate action", "signedOn": "2026-02", "partners": ["paris"]}"""),
                            @ExampleObject(name = "published", summary = "Published, with a signatory and its English text", value = """
                                    {"type": "JOINT_STATEMENT", "title": "Joint statement on urban resilience", "signedOn": "2025-10-14", "partners": ["paris"], "status": "IN_FORCE", "visibility": "PUBLISHED", "areas": ["DISASTER_RESILIENCE"], "signatories": [{"name": "Koike Yuriko", "office": "Governor of Tokyo", "side": "CITY"}], "texts": [{"language": "en", "body": "The parties agree to share what they learn."}]}""") })))
    @CreatedResponse
    ResponseEntity<AgreementEdit> create(@Valid @RequestBody AgreementCommand command,
            @RequestParam(defaultValue = "false") boolean publishDraftPartners) {
        AgreementEdit created = agreements.create(command, publishDraftPartners);
        return Versions.created("/api/v1/agreements/" + created.id(), created);
    }

    /**
     * Changes only the fields the JSON Merge Patch names ({@code null} removes a value); If-Match is
     * required (428 without it, 412 if stale). Checked like a PUT of the patched state.
     */
    @org.springframework.web.bind.annotation.PatchMapping(path = "/{id}",
            consumes = org.citydiplomacy.portal.platform.web.MergePatch.MEDIA_TYPE)
    @Operation(operationId = "patchAgreement", summary = "Change some fields of an agreement (JSON Merge Patch)",
            description = "Only the fields the patch names change; null removes a value. Send If-Match with the ETag: 428 without it, 412 if someone saved since.",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content = @Content(
                    mediaType = org.citydiplomacy.portal.platform.web.MergePatch.MEDIA_TYPE,
                    schema = @Schema(type = "object", description = "The fields to change, as in an update"))))
    @VersionedResponse(VersionedResponse.SAVED)
    ResponseEntity<AgreementEdit> patch(@Parameter(description = "The agreement's id", example = "1") @PathVariable long id,
            @IfMatchParameter @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @Parameter(hidden = true) @RequestBody tools.jackson.databind.JsonNode patch) {
        return edits.patch(id, ifMatch, patch, AgreementCommand.class);
    }

    @PutMapping("/{id}")
    @Operation(operationId = "updateAgreement", summary = "Replace every editable field of an agreement",
            description = "Send If-Match with the ETag of its GET or editable state: 428 without it, 412 if someone saved since.")
    @VersionedResponse(VersionedResponse.SAVED)
    ResponseEntity<AgreementEdit> update(@Parameter(description = "The agreement's id", example = "1") @PathVariable long id,
            @IfMatchParameter @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @Valid @RequestBody AgreementCommand command,
            @RequestParam(defaultValue = "false") boolean publishDraftPartners) {
        return edits.replace(id, ifMatch, version -> agreements.update(id, version, command, publishDraftPartners));
    }

    /** Withdraws the agreement from the public (administrators only); it stays, with its history. */
    @PostMapping("/{id}/withdrawal")
    @Operation(operationId = "withdrawAgreement", summary = "Withdraw an agreement from the public (administrators only)")
    @VersionedResponse(VersionedResponse.WITHDRAWN)
    ResponseEntity<AgreementEdit> withdraw(@Parameter(description = "The agreement's id", example = "1") @PathVariable long id,
            @Valid @RequestBody(required = false) org.citydiplomacy.portal.shared.WithdrawalRequest request) {
        return edits.withdraw(id, request);
    }

    /** A signed PDF in one language (a BCP 47 tag); checked by its content, not its name or declared type. */
    @PostMapping(path = "/{id}/documents", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(operationId = "attachAgreementDocument", summary = "Attach a signed PDF in one language",
            responses = @ApiResponse(responseCode = "201", description = "Attached: Location is the document's URL",
                    headers = @Header(name = "Location", description = "The document's URL",
                            schema = @Schema(type = "string", format = "uri-reference"))))
    ResponseEntity<DocumentAttached> attach(@Parameter(description = "The agreement's id", example = "1") @PathVariable long id,
            @Parameter(description = "The PDF, at most portal.documents.max-size (10 MB)") @RequestParam("file") MultipartFile file,
            @Parameter(description = "The language of the document, a BCP 47 tag", example = "en") @RequestParam("language") String language) throws IOException {
        DocumentAttached attached = agreements.attach(id,
                new DocumentUpload(language, file.getOriginalFilename(), file.getBytes()));
        return ResponseEntity.created(URI.create("/api/v1/agreements/" + id + "/documents/" + attached.id()))
                .body(attached);
    }

    /** Every editable field, staff notes included, in the shape a PUT takes. */
    @GetMapping("/{id}/editable")
    @Operation(operationId = "getEditableAgreement", summary = "Read every editable field, staff notes included, in the shape an update takes")
    @VersionedResponse(VersionedResponse.EDITABLE)
    ResponseEntity<AgreementEdit> editable(@Parameter(description = "The agreement's id", example = "1") @PathVariable long id) {
        return edits.editable(id);
    }

    /** Who changed what and when, newest first; document uploads included. */
    @GetMapping("/{id}/history")
    @Operation(operationId = "getAgreementHistory", summary = "Read who changed what and when, newest first")
    List<HistoryEntry> history(@Parameter(description = "The agreement's id", example = "1") @PathVariable long id,
            Locale locale) {
        return history.of(RecordType.AGREEMENT, Long.toString(id), locale);
    }
}
