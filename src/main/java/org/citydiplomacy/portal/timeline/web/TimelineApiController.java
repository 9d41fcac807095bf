package org.citydiplomacy.portal.timeline.web;

import java.util.List;

import org.citydiplomacy.portal.platform.security.ReaderAudience;
import org.citydiplomacy.portal.timeline.TimelineEvent;
import org.citydiplomacy.portal.timeline.TimelineService;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

@RestController
class TimelineApiController {

    private final TimelineService timelines;
    private final ReaderAudience audience;

    TimelineApiController(TimelineService timelines, ReaderAudience audience) {
        this.timelines = timelines;
        this.audience = audience;
    }

    /** The relationship, agreements and meetings of one partner, oldest first. */
    @GetMapping("/api/v1/partners/{slug}/timeline")
    List<TimelineEvent> timeline(@PathVariable String slug) {
        return timelines.partnerPage(slug, audience.current()).events();
    }
}
