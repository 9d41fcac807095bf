package org.citydiplomacy.portal.agreements.web;

import org.citydiplomacy.portal.agreements.AgreementWriteService;
import org.citydiplomacy.portal.platform.web.StaffListPage;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The staff's way to find a agreement to edit: every agreement in any visibility, searchable, the latest change first. */
@Controller
class AgreementStaffListController {

    private final AgreementWriteService agreements;

    AgreementStaffListController(AgreementWriteService agreements) {
        this.agreements = agreements;
    }

    @GetMapping("/staff/agreements")
    String list(@RequestParam(required = false) String q, @RequestParam(required = false) String visibility,
            @RequestParam(required = false) String page, Model model) {
        return StaffListPage.show("agreement", "/staff/agreements", StaffListPage.query(q, visibility, page), agreements::staffList, model);
    }
}
