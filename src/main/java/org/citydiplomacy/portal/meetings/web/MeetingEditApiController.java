package org.citydiplomacy.portal.meetings.web;

import java.util.List;

import jakarta.validation.Valid;

import org.citydiplomacy.portal.history.HistoryEntry;
import org.citydiplomacy.portal.history.HistoryService;
import org.citydiplomacy.portal.history.RecordType;
import org.citydiplomacy.portal.meetings.MeetingCommand;
import org.citydiplomacy.portal.meetings.MeetingEdit;
import org.citydiplomacy.portal.meetings.MeetingWriteService;
import org.citydiplomacy.portal.platform.web.Versions;
import org.springframework.http.HttpHeaders;
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
@RequestMapping("/api/v1/meetings")
class MeetingEditApiController {

    private final MeetingWriteService meetings;
    private final HistoryService history;
    private final org.citydiplomacy.portal.platform.web.MergePatch mergePatch;
    private final org.citydiplomacy.portal.platform.web.PresentFields presentFields;

    MeetingEditApiController(MeetingWriteService meetings, HistoryService history,
            org.citydiplomacy.portal.platform.web.MergePatch mergePatch,
            org.citydiplomacy.portal.platform.web.PresentFields presentFields) {
        this.mergePatch = mergePatch;
        this.presentFields = presentFields;
        this.meetings = meetings;
        this.history = history;
    }

    /** @param publishDraftPartners publish the draft partners it names with it (else a published one naming them is a 409) */
    @PostMapping
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
    ResponseEntity<MeetingEdit> patch(@PathVariable long id,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @RequestBody tools.jackson.databind.JsonNode patch) {
        long version = Versions.fromIfMatch(ifMatch);
        MeetingCommand command = mergePatch.apply(meetings.edit(id).command(), patch, MeetingCommand.class);
        return Versions.tagged(meetings.update(id, version, command));
    }

    @PutMapping("/{id}")
    ResponseEntity<MeetingEdit> update(@PathVariable long id,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @Valid @RequestBody MeetingCommand command,
            @RequestParam(defaultValue = "false") boolean publishDraftPartners) {
        long version = Versions.fromIfMatch(ifMatch);
        // A PUT replaces every field: one the body leaves out would be erased silently, so it is refused (422).
        presentFields.requireEvery(meetings.edit(id).command());
        return Versions.tagged(meetings.update(id, version, command, publishDraftPartners));
    }

    /** Withdraws the meeting from the public (administrators only); it stays, with its history. */
    @PostMapping("/{id}/withdrawal")
    ResponseEntity<MeetingEdit> withdraw(@PathVariable long id,
            @Valid @RequestBody(required = false) org.citydiplomacy.portal.shared.WithdrawalRequest request) {
        return Versions.tagged(meetings.withdraw(id, org.citydiplomacy.portal.shared.WithdrawalRequest.reasonOf(request)));
    }

    @GetMapping("/{id}/editable")
    ResponseEntity<MeetingEdit> editable(@PathVariable long id) {
        return Versions.tagged(meetings.edit(id));
    }

    @GetMapping("/{id}/history")
    List<HistoryEntry> history(@PathVariable long id) {
        return history.of(RecordType.MEETING, Long.toString(id));
    }
}
