package org.citydiplomacy.portal.timeline.web;

import org.citydiplomacy.portal.platform.security.ReaderAudience;
import org.citydiplomacy.portal.timeline.PartnerTimeline;
import org.citydiplomacy.portal.timeline.TimelineService;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.citydiplomacy.portal.platform.web.PublicUrl;

/**
 * A partner's page: its profile and its timeline. It lives here rather than in the partners module
 * because the timeline reads partners, agreements and meetings.
 */
@Controller
class PartnerTimelinePageController {

    private final TimelineService timelines;
    private final ReaderAudience audience;
    private final PublicUrl publicUrl;

    PartnerTimelinePageController(TimelineService timelines, ReaderAudience audience, PublicUrl publicUrl) {
        this.timelines = timelines;
        this.audience = audience;
        this.publicUrl = publicUrl;
    }

    @GetMapping("/partners/{slug}")
    String show(@PathVariable String slug, Model model) {
        PartnerTimeline timeline = timelines.of(slug, audience.current());
        model.addAttribute("partner", timeline.partner());
        model.addAttribute("timeline", timeline);
        model.addAttribute("agreementCount", timeline.events().stream().filter(e -> e.kind().equals("AGREEMENT")).count());
        model.addAttribute("meetingCount", timeline.events().stream().filter(e -> e.kind().equals("MEETING")).count());
        model.addAttribute("permalink", publicUrl.builder().path("/partners/{slug}").buildAndExpand(slug).toUriString());
        return "partners/show";
    }
}
