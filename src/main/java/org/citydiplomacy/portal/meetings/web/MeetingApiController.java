package org.citydiplomacy.portal.meetings.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.citydiplomacy.portal.meetings.MeetingDetails;
import org.citydiplomacy.portal.meetings.MeetingFilter;
import org.citydiplomacy.portal.meetings.MeetingService;
import org.citydiplomacy.portal.meetings.MeetingSummary;
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
@Tag(name = ApiDocs.MEETINGS)
@RequestMapping("/api/v1/meetings")
class MeetingApiController {

    private final MeetingService meetings;

    MeetingApiController(MeetingService meetings) {
        this.meetings = meetings;
    }

    @GetMapping
    @Operation(operationId = "listMeetings", summary = "List meetings, newest first",
            description = "Published meetings (with a staff token, drafts and withdrawn ones too), filtered and paged.")
    PageResult<MeetingSummary> list(@ParameterObject MeetingSearchParams params, Audience audience) {
        ParameterReader reader = new ParameterReader();
        MeetingFilter filter = params.filter(reader);
        PageQuery page = params.pageQuery(reader, PageQuery.DEFAULT_SIZE);
        reader.throwIfInvalid();
        return meetings.search(filter, page, audience);
    }

    /** One record, with its version as ETag (send it back in If-Match to update it). */
    @GetMapping("/{id}")
    @Operation(operationId = "getMeeting", summary = "Read one meeting",
            description = "With its participants and the agreements signed; the ETag is its version.")
    ResponseEntity<MeetingDetails> show(@Parameter(description = "The meeting's id", example = "1") @PathVariable long id,
            Audience audience) {
        return Versions.taggedPerReader(meetings.find(id, audience));
    }
}
