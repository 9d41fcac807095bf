package org.citydiplomacy.portal.timeline.web;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.citydiplomacy.portal.platform.web.ApiDocs;
import org.citydiplomacy.portal.timeline.TimelineEvent;
import org.citydiplomacy.portal.timeline.TimelineService;
import org.citydiplomacy.portal.shared.Audience;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = ApiDocs.PARTNERS)
class TimelineApiController {

    private final TimelineService timelines;

    TimelineApiController(TimelineService timelines) {
        this.timelines = timelines;
    }

    /** The relationship, agreements and meetings of one partner, oldest first. */
    @GetMapping("/api/v1/partners/{slug}/timeline")
    @Operation(operationId = "getPartnerTimeline", summary = "Read one partner's timeline",
            description = "The relationship, agreements and meetings of one partner, oldest first.")
    List<TimelineEvent> timeline(@Parameter(description = "The partner's slug", example = "paris") @PathVariable String slug,
            Audience audience) {
        return timelines.partnerPage(slug, audience).events();
    }
}
