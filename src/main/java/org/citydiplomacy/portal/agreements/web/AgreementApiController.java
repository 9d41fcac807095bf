package org.citydiplomacy.portal.agreements.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.citydiplomacy.portal.agreements.AgreementDetails;
import org.citydiplomacy.portal.agreements.AgreementFilter;
import org.citydiplomacy.portal.agreements.AgreementService;
import org.citydiplomacy.portal.agreements.AgreementSort;
import org.citydiplomacy.portal.agreements.AgreementSummary;
import org.citydiplomacy.portal.platform.web.ApiDocs;
import org.citydiplomacy.portal.platform.web.Versions;
import org.citydiplomacy.portal.shared.PageQuery;
import org.citydiplomacy.portal.shared.PageResult;
import org.citydiplomacy.portal.shared.ParameterReader;
import org.citydiplomacy.portal.shared.Audience;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = ApiDocs.AGREEMENTS)
@RequestMapping("/api/v1/agreements")
class AgreementApiController {

    private final AgreementService agreements;

    AgreementApiController(AgreementService agreements) {
        this.agreements = agreements;
    }

    @GetMapping
    @Operation(operationId = "listAgreements", summary = "List agreements, newest signed first",
            description = "Published agreements (with a staff token, drafts and withdrawn ones too), filtered and paged.")
    PageResult<AgreementSummary> list(@ParameterObject AgreementSearchParams params, Audience audience) {
        ParameterReader reader = new ParameterReader();
        AgreementFilter filter = params.filter(reader);
        AgreementSort sort = params.sort(reader);
        PageQuery page = params.pageQuery(reader, PageQuery.DEFAULT_SIZE);
        reader.throwIfInvalid();
        return agreements.search(filter, sort, page, audience);
    }

    /** One record, with its version as ETag (send it back in If-Match to update it). */
    @GetMapping("/{id}")
    @Operation(operationId = "getAgreement", summary = "Read one agreement",
            description = "With its texts, signatories, documents and sources; the ETag is its version.")
    ResponseEntity<AgreementDetails> show(@Parameter(description = "The agreement's id", example = "1") @PathVariable long id,
            Audience audience) {
        return Versions.taggedPerReader(agreements.find(id, audience));
    }
}
