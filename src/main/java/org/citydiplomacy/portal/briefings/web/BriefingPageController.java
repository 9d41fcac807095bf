package org.citydiplomacy.portal.briefings.web;

import org.citydiplomacy.portal.briefings.BriefingService;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** A partner's briefing, for staff preparing a visit: one page, made to be printed on A4. */
@Controller
class BriefingPageController {

    private final BriefingService briefings;

    BriefingPageController(BriefingService briefings) {
        this.briefings = briefings;
    }

    @GetMapping("/staff/partners/{slug}/briefing")
    String show(@PathVariable String slug, Model model) {
        model.addAttribute("briefing", briefings.of(slug));
        model.addAttribute("briefingStyles", true);
        return "briefings/briefing";
    }
}
