package org.citydiplomacy.portal.meetings.web;

import org.citydiplomacy.portal.meetings.MeetingWriteService;
import org.citydiplomacy.portal.platform.web.StaffListPage;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The staff's way to find a meeting to edit: every meeting in any visibility, searchable, the latest change first. */
@Controller
class MeetingStaffListController {

    private final MeetingWriteService meetings;

    MeetingStaffListController(MeetingWriteService meetings) {
        this.meetings = meetings;
    }

    @GetMapping("/staff/meetings")
    String list(@RequestParam(required = false) String q, @RequestParam(required = false) String visibility,
            @RequestParam(required = false) String page, Model model) {
        return StaffListPage.show("meeting", "/staff/meetings", StaffListPage.query(q, visibility, page), meetings::staffList, model);
    }
}
