package org.citydiplomacy.portal.agreements.web;

import java.io.IOException;
import java.net.URI;
import java.util.List;

import jakarta.validation.Valid;

import org.citydiplomacy.portal.agreements.AgreementCommand;
import org.citydiplomacy.portal.agreements.AgreementEdit;
import org.citydiplomacy.portal.agreements.AgreementWriteService;
import org.citydiplomacy.portal.agreements.DocumentAttached;
import org.citydiplomacy.portal.agreements.DocumentUpload;
import org.citydiplomacy.portal.history.HistoryEntry;
import org.citydiplomacy.portal.history.HistoryService;
import org.citydiplomacy.portal.history.RecordType;
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
@RequestMapping("/api/v1/agreements")
class AgreementEditApiController {

    private final AgreementWriteService agreements;
    private final HistoryService history;
    private final org.citydiplomacy.portal.platform.web.MergePatch mergePatch;
    private final org.citydiplomacy.portal.platform.web.PresentFields presentFields;

    AgreementEditApiController(AgreementWriteService agreements, HistoryService history,
            org.citydiplomacy.portal.platform.web.MergePatch mergePatch,
            org.citydiplomacy.portal.platform.web.PresentFields presentFields) {
        this.mergePatch = mergePatch;
        this.presentFields = presentFields;
        this.agreements = agreements;
        this.history = history;
    }

    /** @param publishDraftPartners publish the draft partners it names with it (else a published one naming them is a 409) */
    @PostMapping
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
    ResponseEntity<AgreementEdit> patch(@PathVariable long id,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @RequestBody tools.jackson.databind.JsonNode patch) {
        long version = Versions.fromIfMatch(ifMatch);
        AgreementCommand command = mergePatch.apply(agreements.edit(id).command(), patch, AgreementCommand.class);
        return Versions.tagged(agreements.update(id, version, command));
    }

    @PutMapping("/{id}")
    ResponseEntity<AgreementEdit> update(@PathVariable long id,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @Valid @RequestBody AgreementCommand command,
            @RequestParam(defaultValue = "false") boolean publishDraftPartners) {
        long version = Versions.fromIfMatch(ifMatch);
        // A PUT replaces every field: one the body leaves out would be erased silently, so it is refused (422).
        presentFields.requireEvery(agreements.edit(id).command());
        return Versions.tagged(agreements.update(id, version, command, publishDraftPartners));
    }

    /** Withdraws the agreement from the public (administrators only); it stays, with its history. */
    @PostMapping("/{id}/withdrawal")
    ResponseEntity<AgreementEdit> withdraw(@PathVariable long id,
            @Valid @RequestBody(required = false) org.citydiplomacy.portal.shared.WithdrawalRequest request) {
        return Versions.tagged(agreements.withdraw(id, org.citydiplomacy.portal.shared.WithdrawalRequest.reasonOf(request)));
    }

    /** A signed PDF in one language (a BCP 47 tag); checked by its content, not its name or declared type. */
    @PostMapping(path = "/{id}/documents", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<DocumentAttached> attach(@PathVariable long id, @RequestParam("file") MultipartFile file,
            @RequestParam("language") String language) throws IOException {
        DocumentAttached attached = agreements.attach(id,
                new DocumentUpload(language, file.getOriginalFilename(), file.getBytes()));
        return ResponseEntity.created(URI.create("/api/v1/agreements/" + id + "/documents/" + attached.id()))
                .body(attached);
    }

    /** Every editable field, staff notes included, in the shape a PUT takes. */
    @GetMapping("/{id}/editable")
    ResponseEntity<AgreementEdit> editable(@PathVariable long id) {
        return Versions.tagged(agreements.edit(id));
    }

    /** Who changed what and when, newest first; document uploads included. */
    @GetMapping("/{id}/history")
    List<HistoryEntry> history(@PathVariable long id) {
        return history.of(RecordType.AGREEMENT, Long.toString(id));
    }
}
