package org.citydiplomacy.portal.timeline.web;

import java.util.Locale;

import org.citydiplomacy.portal.platform.security.ReaderAudience;
import org.citydiplomacy.portal.platform.web.PageMeta;
import org.citydiplomacy.portal.timeline.PartnerTimeline;
import org.citydiplomacy.portal.timeline.TimelineService;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * A partner's page: its profile and its timeline. It lives here rather than in the partners module
 * because the timeline reads partners, agreements and meetings.
 */
@Controller
class PartnerTimelinePageController {

    private final TimelineService timelines;
    private final ReaderAudience audience;
    private final PartnerPageMeta pageMeta;

    PartnerTimelinePageController(TimelineService timelines, ReaderAudience audience, PartnerPageMeta pageMeta) {
        this.timelines = timelines;
        this.audience = audience;
        this.pageMeta = pageMeta;
    }

    @GetMapping("/partners/{slug}")
    String show(@PathVariable String slug, Model model, Locale locale) {
        PartnerTimeline timeline = timelines.of(slug, audience.current());
        model.addAttribute("partner", timeline.partner());
        model.addAttribute("timeline", timeline);
        model.addAttribute("agreementCount", timeline.events().stream().filter(e -> e.kind().equals("AGREEMENT")).count());
        model.addAttribute("meetingCount", timeline.events().stream().filter(e -> e.kind().equals("MEETING")).count());
        model.addAttribute("permalink", ServletUriComponentsBuilder.fromCurrentContextPath()
                .path("/partners/{slug}").buildAndExpand(slug).toUriString());
        model.addAttribute(PageMeta.MODEL_ATTRIBUTE, pageMeta.of(timeline.partner(), locale));
        return "partners/show";
    }
}
