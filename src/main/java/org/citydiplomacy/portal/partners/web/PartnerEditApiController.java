package org.citydiplomacy.portal.partners.web;

import java.util.List;

import jakarta.validation.Valid;

import org.citydiplomacy.portal.history.HistoryEntry;
import org.citydiplomacy.portal.history.HistoryService;
import org.citydiplomacy.portal.history.RecordType;
import org.citydiplomacy.portal.partners.PartnerCommand;
import org.citydiplomacy.portal.partners.PartnerEdit;
import org.citydiplomacy.portal.partners.PartnerWriteService;
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
import org.springframework.web.bind.annotation.RestController;

/** Staff writes of partners: create, update (If-Match), withdraw, and the editable state and history. */
@RestController
@RequestMapping("/api/v1/partners")
class PartnerEditApiController {

    private final PartnerWriteService partners;
    private final HistoryService history;

    PartnerEditApiController(PartnerWriteService partners, HistoryService history) {
        this.partners = partners;
        this.history = history;
    }

    @PostMapping
    ResponseEntity<PartnerEdit> create(@Valid @RequestBody PartnerCommand command) {
        PartnerEdit created = partners.create(command);
        return Versions.created("/api/v1/partners/" + created.slug(), created);
    }

    @PutMapping("/{slug}")
    ResponseEntity<PartnerEdit> update(@PathVariable String slug,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @Valid @RequestBody PartnerCommand command) {
        return Versions.tagged(partners.update(slug, Versions.fromIfMatch(ifMatch), command));
    }

    /** Withdraws the partner from the public (administrators only); it stays, with its history. */
    @PostMapping("/{slug}/withdrawal")
    ResponseEntity<PartnerEdit> withdraw(@PathVariable String slug,
            @Valid @RequestBody(required = false) org.citydiplomacy.portal.shared.WithdrawalRequest request) {
        return Versions.tagged(partners.withdraw(slug, org.citydiplomacy.portal.shared.WithdrawalRequest.reasonOf(request)));
    }

    /** Every editable field, staff notes included, in the shape a PUT takes. */
    @GetMapping("/{slug}/editable")
    ResponseEntity<PartnerEdit> editable(@PathVariable String slug) {
        return Versions.tagged(partners.edit(slug));
    }

    /** Who changed what and when, newest first. */
    @GetMapping("/{slug}/history")
    List<HistoryEntry> history(@PathVariable String slug) {
        return history.of(RecordType.PARTNER, slug);
    }
}
