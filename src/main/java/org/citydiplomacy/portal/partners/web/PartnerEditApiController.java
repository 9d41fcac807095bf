package org.citydiplomacy.portal.partners.web;

import java.util.List;
import java.util.Locale;

import jakarta.validation.Valid;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.citydiplomacy.portal.history.HistoryEntry;
import org.citydiplomacy.portal.history.HistoryService;
import org.citydiplomacy.portal.history.RecordType;
import org.citydiplomacy.portal.partners.PartnerCommand;
import org.citydiplomacy.portal.partners.PartnerEdit;
import org.citydiplomacy.portal.partners.PartnerWriteService;
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
import org.springframework.web.bind.annotation.RestController;

/** Staff writes of partners: create, update (If-Match), withdraw, and the editable state and history. */
@RestController
@Tag(name = ApiDocs.PARTNERS)
@RequestMapping("/api/v1/partners")
class PartnerEditApiController {

    private final PartnerWriteService partners;
    private final VersionedEdits.Of<String, PartnerCommand, PartnerEdit> edits;
    private final HistoryService history;

    PartnerEditApiController(PartnerWriteService partners, VersionedEdits versions, HistoryService history) {
        this.partners = partners;
        this.edits = versions.of(partners);
        this.history = history;
    }

    @PostMapping
    @IdempotentCreate
    @Operation(operationId = "createPartner", summary = "Create a partner",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content = @Content(
                    mediaType = MediaType.APPLICATION_JSON_VALUE, schema = @Schema(implementation = PartnerCommand.class),
                    examples = { @ExampleObject(name = "minimal", summary = "The fields a create needs", value = """
                                    {"name": "Lyon", "kind": "CITY", "country": "FR", "relationship": "PARTNER", "visibility": "DRAFT"}""") })))
    @CreatedResponse
    ResponseEntity<PartnerEdit> create(@Valid @RequestBody PartnerCommand command) {
        PartnerEdit created = partners.create(command);
        return Versions.created("/api/v1/partners/" + created.slug(), created);
    }

    /**
     * Changes only the fields the JSON Merge Patch names ({@code null} removes a value); If-Match is
     * required (428 without it, 412 if stale). Checked like a PUT of the patched state.
     */
    @org.springframework.web.bind.annotation.PatchMapping(path = "/{slug}",
            consumes = org.citydiplomacy.portal.platform.web.MergePatch.MEDIA_TYPE)
    @Operation(operationId = "patchPartner", summary = "Change some fields of a partner (JSON Merge Patch)",
            description = "Only the fields the patch names change; null removes a value. Send If-Match with the ETag: 428 without it, 412 if someone saved since.",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content = @Content(
                    mediaType = org.citydiplomacy.portal.platform.web.MergePatch.MEDIA_TYPE,
                    schema = @Schema(type = "object", description = "The fields to change, as in an update"))))
    @VersionedResponse(VersionedResponse.SAVED)
    ResponseEntity<PartnerEdit> patch(@Parameter(description = "The partner's slug", example = "paris") @PathVariable String slug,
            @IfMatchParameter @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @Parameter(hidden = true) @RequestBody tools.jackson.databind.JsonNode patch) {
        return edits.patch(slug, ifMatch, patch, PartnerCommand.class);
    }

    @PutMapping("/{slug}")
    @Operation(operationId = "updatePartner", summary = "Replace every editable field of a partner",
            description = "Send If-Match with the ETag of its GET or editable state: 428 without it, 412 if someone saved since.")
    @VersionedResponse(VersionedResponse.SAVED)
    ResponseEntity<PartnerEdit> update(@Parameter(description = "The partner's slug", example = "paris") @PathVariable String slug,
            @IfMatchParameter @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @Valid @RequestBody PartnerCommand command) {
        return edits.replace(slug, ifMatch, version -> partners.update(slug, version, command));
    }

    /** Withdraws the partner from the public (administrators only); it stays, with its history. */
    @PostMapping("/{slug}/withdrawal")
    @Operation(operationId = "withdrawPartner", summary = "Withdraw a partner from the public (administrators only)")
    @VersionedResponse(VersionedResponse.WITHDRAWN)
    ResponseEntity<PartnerEdit> withdraw(@Parameter(description = "The partner's slug", example = "paris") @PathVariable String slug,
            @Valid @RequestBody(required = false) org.citydiplomacy.portal.shared.WithdrawalRequest request) {
        return edits.withdraw(slug, request);
    }

    /** Every editable field, staff notes included, in the shape a PUT takes. */
    @GetMapping("/{slug}/editable")
    @Operation(operationId = "getEditablePartner", summary = "Read every editable field, staff notes included, in the shape an update takes")
    @VersionedResponse(VersionedResponse.EDITABLE)
    ResponseEntity<PartnerEdit> editable(@Parameter(description = "The partner's slug", example = "paris") @PathVariable String slug) {
        return edits.editable(slug);
    }

    /** Who changed what and when, newest first. */
    @GetMapping("/{slug}/history")
    @Operation(operationId = "getPartnerHistory", summary = "Read who changed what and when, newest first")
    List<HistoryEntry> history(@Parameter(description = "The partner's slug", example = "paris") @PathVariable String slug,
            Locale locale) {
        return history.of(RecordType.PARTNER, slug, locale);
    }
}
