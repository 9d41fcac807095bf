package org.citydiplomacy.portal.meetings.web;

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
import org.citydiplomacy.portal.meetings.MeetingCommand;
import org.citydiplomacy.portal.meetings.MeetingEdit;
import org.citydiplomacy.portal.meetings.MeetingWriteService;
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

/** Staff writes of meetings: create, update (If-Match), withdraw, and the editable state and history. */
@RestController
@Tag(name = ApiDocs.MEETINGS)
@RequestMapping("/api/v1/meetings")
class MeetingEditApiController {

    private final MeetingWriteService meetings;
    private final VersionedEdits.Of<Long, MeetingCommand, MeetingEdit> edits;
    private final HistoryService history;

    MeetingEditApiController(MeetingWriteService meetings, VersionedEdits versions, HistoryService history) {
        this.meetings = meetings;
        this.edits = versions.of(meetings);
        this.history = history;
    }

    /** @param publishDraftPartners publish the draft partners it names with it (else a published one naming them is a 409) */
    @PostMapping
    @IdempotentCreate
    @Operation(operationId = "createMeeting", summary = "Create a meeting",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content = @Content(
                    mediaType = MediaType.APPLICATION_JSON_VALUE, schema = @Schema(implementation = MeetingCommand.class),
                    examples = { @ExampleObject(name = "minimal", summary = "The fields a create needs", value = """
                                    {"title": "Governor visits Paris", "date": "2026-03", "kind": "BILATERAL_VISIT", "visibility": "DRAFT", "partners": ["paris"]}""") })))
    @CreatedResponse
    ResponseEntity<MeetingEdit> create(@Valid @RequestBody MeetingCommand command,
            @RequestParam(defaultValue = "false") boolean publishDraftPartners) {
        MeetingEdit created = meetings.create(command, publishDraftPartners);
        return Versions.created("/api/v1/meetings/" + created.id(), created);
    }

    /**
     * Changes only the fields the JSON Merge Patch names ({@code null} removes a value); If-Match is
     * required (428 without it, 412 if stale). Checked like a PUT of the patched state.
     */
    @org.springframework.web.bind.annotation.PatchMapping(path = "/{id}",
            consumes = org.citydiplomacy.portal.platform.web.MergePatch.MEDIA_TYPE)
    @Operation(operationId = "patchMeeting", summary = "Change some fields of a meeting (JSON Merge Patch)",
            description = "Only the fields the patch names change; null removes a value. Send If-Match with the ETag: 428 without it, 412 if someone saved since.",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content = @Content(
                    mediaType = org.citydiplomacy.portal.platform.web.MergePatch.MEDIA_TYPE,
                    schema = @Schema(type = "object", description = "The fields to change, as in an update"))))
    @VersionedResponse(VersionedResponse.SAVED)
    ResponseEntity<MeetingEdit> patch(@Parameter(description = "The meeting's id", example = "1") @PathVariable long id,
            @IfMatchParameter @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @Parameter(hidden = true) @RequestBody tools.jackson.databind.JsonNode patch) {
        return edits.patch(id, ifMatch, patch, MeetingCommand.class);
    }

    @PutMapping("/{id}")
    @Operation(operationId = "updateMeeting", summary = "Replace every editable field of a meeting",
            description = "Send If-Match with the ETag of its GET or editable state: 428 without it, 412 if someone saved since.")
    @VersionedResponse(VersionedResponse.SAVED)
    ResponseEntity<MeetingEdit> update(@Parameter(description = "The meeting's id", example = "1") @PathVariable long id,
            @IfMatchParameter @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @Valid @RequestBody MeetingCommand command,
            @RequestParam(defaultValue = "false") boolean publishDraftPartners) {
        return edits.replace(id, ifMatch, version -> meetings.update(id, version, command, publishDraftPartners));
    }

    /** Withdraws the meeting from the public (administrators only); it stays, with its history. */
    @PostMapping("/{id}/withdrawal")
    @Operation(operationId = "withdrawMeeting", summary = "Withdraw a meeting from the public (administrators only)")
    @VersionedResponse(VersionedResponse.WITHDRAWN)
    ResponseEntity<MeetingEdit> withdraw(@Parameter(description = "The meeting's id", example = "1") @PathVariable long id,
            @Valid @RequestBody(required = false) org.citydiplomacy.portal.shared.WithdrawalRequest request) {
        return edits.withdraw(id, request);
    }

    @GetMapping("/{id}/editable")
    @Operation(operationId = "getEditableMeeting", summary = "Read every editable field, staff notes included, in the shape an update takes")
    @VersionedResponse(VersionedResponse.EDITABLE)
    ResponseEntity<MeetingEdit> editable(@Parameter(description = "The meeting's id", example = "1") @PathVariable long id) {
        return edits.editable(id);
    }

    @GetMapping("/{id}/history")
    @Operation(operationId = "getMeetingHistory", summary = "Read who changed what and when, newest first")
    List<HistoryEntry> history(@Parameter(description = "The meeting's id", example = "1") @PathVariable long id,
            Locale locale) {
        return history.of(RecordType.MEETING, Long.toString(id), locale);
    }
}
