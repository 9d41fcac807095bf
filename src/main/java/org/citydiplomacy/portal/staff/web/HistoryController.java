package org.citydiplomacy.portal.staff.web;

import org.citydiplomacy.portal.agreements.AgreementService;
import org.citydiplomacy.portal.history.HistoryService;
import org.citydiplomacy.portal.history.RecordType;
import org.citydiplomacy.portal.meetings.MeetingService;
import org.citydiplomacy.portal.partners.PartnerService;
import org.citydiplomacy.portal.shared.Audience;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** Who changed what and when, per record, with every field before and after. */
@Controller
class HistoryController {

    private final HistoryService history;
    private final AgreementService agreements;
    private final PartnerService partners;
    private final MeetingService meetings;

    HistoryController(HistoryService history, AgreementService agreements, PartnerService partners,
            MeetingService meetings) {
        this.history = history;
        this.agreements = agreements;
        this.partners = partners;
        this.meetings = meetings;
    }

    @GetMapping("/staff/agreements/{id}/history")
    String agreement(@PathVariable long id, Model model) {
        var agreement = agreements.find(id, Audience.STAFF);
        return show(RecordType.AGREEMENT, Long.toString(id), agreement.titleIn(locale()),
                "/staff/agreements/" + id + "/edit", model);
    }

    @GetMapping("/staff/partners/{slug}/history")
    String partner(@PathVariable String slug, Model model) {
        var partner = partners.find(slug, Audience.STAFF);
        return show(RecordType.PARTNER, slug, partner.nameIn(locale()), "/staff/partners/" + slug + "/edit", model);
    }

    @GetMapping("/staff/meetings/{id}/history")
    String meeting(@PathVariable long id, Model model) {
        var meeting = meetings.find(id, Audience.STAFF);
        return show(RecordType.MEETING, Long.toString(id), meeting.titleIn(locale()), "/staff/meetings/" + id + "/edit",
                model);
    }

    private String show(RecordType type, String key, String title, String back, Model model) {
        model.addAttribute("entries", history.of(type, key));
        model.addAttribute("recordTitle", title);
        model.addAttribute("back", back);
        return "staff/history";
    }

    private static java.util.Locale locale() {
        return org.springframework.context.i18n.LocaleContextHolder.getLocale();
    }
}
