package org.citydiplomacy.portal.agreements.web;

import java.util.Locale;

import org.citydiplomacy.portal.agreements.AgreementService;
import org.citydiplomacy.portal.history.HistoryPage;
import org.citydiplomacy.portal.history.HistoryService;
import org.citydiplomacy.portal.history.RecordType;
import org.citydiplomacy.portal.shared.Audience;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** Who changed an agreement and when, with every field before and after (staff only). */
@Controller
class AgreementHistoryPageController {

    private final HistoryService history;
    private final AgreementService agreements;

    AgreementHistoryPageController(HistoryService history, AgreementService agreements) {
        this.history = history;
        this.agreements = agreements;
    }

    @GetMapping("/staff/agreements/{id}/history")
    String history(@PathVariable long id, Locale locale, Model model) {
        String title = agreements.find(id, Audience.STAFF).titleIn(locale);
        model.addAttribute(HistoryPage.MODEL,
                history.page(RecordType.AGREEMENT, Long.toString(id), title, "/staff/agreements/" + id + "/edit",
                        locale));
        return HistoryPage.VIEW;
    }
}
