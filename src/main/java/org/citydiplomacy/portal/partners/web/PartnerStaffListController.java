package org.citydiplomacy.portal.partners.web;

import org.citydiplomacy.portal.partners.PartnerWriteService;
import org.citydiplomacy.portal.platform.web.StaffListPage;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The staff's way to find a partner to edit: every partner in any visibility, searchable, the latest change first. */
@Controller
class PartnerStaffListController {

    private final PartnerWriteService partners;

    PartnerStaffListController(PartnerWriteService partners) {
        this.partners = partners;
    }

    @GetMapping("/staff/partners")
    String list(@RequestParam(required = false) String q, @RequestParam(required = false) String visibility,
            @RequestParam(required = false) String page, Model model) {
        return StaffListPage.show("partner", "/staff/partners", StaffListPage.query(q, visibility, page), partners::staffList, model);
    }
}
