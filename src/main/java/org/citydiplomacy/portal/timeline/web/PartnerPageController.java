package org.citydiplomacy.portal.timeline.web;

import java.util.Locale;

import org.citydiplomacy.portal.platform.web.PageMeta;
import org.citydiplomacy.portal.timeline.PartnerPage;
import org.citydiplomacy.portal.timeline.TimelineEvent;
import org.citydiplomacy.portal.timeline.TimelineService;
import org.citydiplomacy.portal.shared.Audience;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * A partner's page ({@code /partners/{slug}}): its profile and its timeline. It lives here rather than
 * in the partners module because the timeline reads partners, agreements and meetings, which
 * themselves depend on partners: served from {@code partners.web} it would make a module cycle.
 */
@Controller
class PartnerPageController {

    private final TimelineService timelines;
    private final PartnerPageMeta pageMeta;
    private final MessageSource messages;

    PartnerPageController(TimelineService timelines, PartnerPageMeta pageMeta, MessageSource messages) {
        this.timelines = timelines;
        this.pageMeta = pageMeta;
        this.messages = messages;
    }

    @GetMapping("/partners/{slug}")
    String show(@PathVariable String slug, Audience audience, Model model, Locale locale) {
        PartnerPage timeline = timelines.partnerPage(slug, audience);
        model.addAttribute("partner", timeline.partner());
        model.addAttribute("timeline", timeline);
        model.addAttribute("timelineHtml", TimelineHtml.of(timeline, locale, messages));
        model.addAttribute("agreementCount", timeline.events().stream().filter(e -> e.kind() == TimelineEvent.Kind.AGREEMENT).count());
        model.addAttribute("meetingCount", timeline.events().stream().filter(e -> e.kind() == TimelineEvent.Kind.MEETING).count());
        model.addAttribute("permalink", pageMeta.permalink(slug));
        model.addAttribute(PageMeta.MODEL_ATTRIBUTE, pageMeta.of(timeline.partner(), locale));
        return "partners/show";
    }
}
