package org.citydiplomacy.portal.agreements.web;

import org.citydiplomacy.portal.agreements.AgreementWriteService;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Withdrawing a signed document from the public, with a reason; it stays in storage and in the history. */
@Controller
class DocumentWithdrawalController {

    private final AgreementWriteService agreements;

    DocumentWithdrawalController(AgreementWriteService agreements) {
        this.agreements = agreements;
    }

    @PostMapping("/staff/agreements/{id}/documents/{documentId}/withdraw")
    String withdraw(@PathVariable long id, @PathVariable long documentId,
            @RequestParam(defaultValue = "") String reason, RedirectAttributes redirect) {
        if (reason.isBlank() || reason.strip().length() > 2000) {
            redirect.addFlashAttribute("refusal", "staff.documents.withdraw.reasonRequired");
        }
        else {
            agreements.withdrawDocument(id, documentId, reason);
            redirect.addFlashAttribute("flash", "staff.documents.withdrawnFlash");
        }
        return "redirect:/staff/agreements/" + id + "/edit";
    }
}
