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

    MeetingEditApiController(MeetingWriteService meetings, HistoryService history) {
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

    @PutMapping("/{id}")
    ResponseEntity<MeetingEdit> update(@PathVariable long id,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @Valid @RequestBody MeetingCommand command,
            @RequestParam(defaultValue = "false") boolean publishDraftPartners) {
        return Versions.tagged(meetings.update(id, Versions.fromIfMatch(ifMatch), command, publishDraftPartners));
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
