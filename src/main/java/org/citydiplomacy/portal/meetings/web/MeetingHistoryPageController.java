package org.citydiplomacy.portal.meetings.web;

import java.util.Locale;

import org.citydiplomacy.portal.meetings.MeetingService;
import org.citydiplomacy.portal.history.HistoryPage;
import org.citydiplomacy.portal.history.HistoryService;
import org.citydiplomacy.portal.history.RecordType;
import org.citydiplomacy.portal.shared.Audience;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** Who changed a meeting and when, with every field before and after (staff only). */
@Controller
class MeetingHistoryPageController {

    private final HistoryService history;
    private final MeetingService meetings;

    MeetingHistoryPageController(HistoryService history, MeetingService meetings) {
        this.history = history;
        this.meetings = meetings;
    }

    @GetMapping("/staff/meetings/{id}/history")
    String history(@PathVariable long id, Locale locale, Model model) {
        String title = meetings.find(id, Audience.STAFF).titleIn(locale);
        model.addAttribute(HistoryPage.MODEL,
                history.page(RecordType.MEETING, Long.toString(id), title, "/staff/meetings/" + id + "/edit",
                        locale));
        return HistoryPage.VIEW;
    }
}
