package org.citydiplomacy.portal.partners.web;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.citydiplomacy.portal.partners.PartnerDetails;
import org.citydiplomacy.portal.partners.PartnerService;
import org.citydiplomacy.portal.partners.PartnerSummary;
import org.citydiplomacy.portal.platform.web.ApiDocs;
import org.citydiplomacy.portal.platform.web.Versions;
import org.citydiplomacy.portal.shared.Audience;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = ApiDocs.PARTNERS)
@RequestMapping("/api/v1/partners")
class PartnerApiController {

    private final PartnerService partners;

    PartnerApiController(PartnerService partners) {
        this.partners = partners;
    }

    /** Every partner: there are hundreds at most, so one unpaged list. */
    @GetMapping
    @Operation(operationId = "listPartners", summary = "List every partner",
            description = "Published partners (with a staff token, drafts and withdrawn ones too), in one unpaged list.")
    List<PartnerSummary> list(Audience audience) {
        return partners.list(audience);
    }

    /** One record, with its version as ETag (send it back in If-Match to update it). */
    @GetMapping("/{slug}")
    @Operation(operationId = "getPartner", summary = "Read one partner",
            description = "With its relationship and sources; the ETag is its version.")
    ResponseEntity<PartnerDetails> show(@Parameter(description = "The partner's slug", example = "paris") @PathVariable String slug,
            Audience audience) {
        return Versions.taggedPerReader(partners.findWithSources(slug, audience));
    }
}
