package org.citydiplomacy.portal.partners.web;

import java.util.Locale;

import org.citydiplomacy.portal.partners.PartnerService;
import org.citydiplomacy.portal.history.HistoryPage;
import org.citydiplomacy.portal.history.HistoryService;
import org.citydiplomacy.portal.history.RecordType;
import org.citydiplomacy.portal.shared.Audience;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** Who changed a partner and when, with every field before and after (staff only). */
@Controller
class PartnerHistoryPageController {

    private final HistoryService history;
    private final PartnerService partners;

    PartnerHistoryPageController(HistoryService history, PartnerService partners) {
        this.history = history;
        this.partners = partners;
    }

    @GetMapping("/staff/partners/{slug}/history")
    String history(@PathVariable String slug, Locale locale, Model model) {
        String title = partners.find(slug, Audience.STAFF).nameIn(locale);
        model.addAttribute(HistoryPage.MODEL,
                history.page(RecordType.PARTNER, slug, title, "/staff/partners/" + slug + "/edit",
                        locale));
        return HistoryPage.VIEW;
    }
}
