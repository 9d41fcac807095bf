package org.citydiplomacy.portal.meetings.web;

import java.util.List;

import org.citydiplomacy.portal.agreements.AgreementCommand;
import org.citydiplomacy.portal.agreements.AgreementService;
import org.citydiplomacy.portal.agreements.AgreementWriteService;
import org.citydiplomacy.portal.meetings.MeetingCommand;
import org.citydiplomacy.portal.meetings.MeetingEdit;
import org.citydiplomacy.portal.meetings.MeetingKind;
import org.citydiplomacy.portal.meetings.MeetingWriteService;
import org.citydiplomacy.portal.partners.PartnerService;
import org.citydiplomacy.portal.platform.web.FormSubmission;
import org.citydiplomacy.portal.platform.web.RecordFormController;
import org.citydiplomacy.portal.shared.Audience;
import org.citydiplomacy.portal.shared.PartialDate;
import org.citydiplomacy.portal.shared.Side;
import org.citydiplomacy.portal.shared.Visibility;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.validation.SmartValidator;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Adding and editing meetings, the same way as agreements. */
@Controller
@RequestMapping("/staff/meetings")
class MeetingFormController extends RecordFormController<Long, MeetingCommand, MeetingEdit> {

    static final String VIEW = "meetings/meetingForm";
    private static final String FORM = "meeting";

    private final MeetingWriteService meetings;
    private final PartnerService partners;
    private final AgreementService agreementReads;
    private final AgreementWriteService agreementEdits;

    MeetingFormController(MeetingWriteService meetings, PartnerService partners, AgreementService agreementReads,
            AgreementWriteService agreementEdits, SmartValidator validator) {
        super(meetings, validator, FORM);
        this.meetings = meetings;
        this.partners = partners;
        this.agreementReads = agreementReads;
        this.agreementEdits = agreementEdits;
    }

    /**
     * A new meeting; "for this agreement" ({@code ?agreement=7}) starts from the agreement's partners,
     * signing date and signatories, with the agreement linked.
     */
    @GetMapping("/new")
    String initCreationForm(@RequestParam(required = false) Long agreement, Model model) {
        if (agreement == null) {
            return show(MeetingForm.blank(), null, null, model);
        }
        AgreementCommand signed = agreementEdits.edit(agreement).command(); // 404 for an agreement that does not exist
        model.addAttribute("fromAgreement", signed.title());
        return show(MeetingForm.forAgreement(agreement, signed), null, null, model);
    }

    @PostMapping
    String processCreationForm(@ModelAttribute(FORM) MeetingForm form, BindingResult binding, @RequestParam(defaultValue = "save") String action,
            @RequestParam(defaultValue = "false") boolean publishDraftPartners, Model model, RedirectAttributes redirect) {
        return process(null, form, action, publishDraftPartners, model, redirect);
    }

    @GetMapping("/{id}/edit")
    String initUpdateForm(@PathVariable long id, Model model) {
        MeetingEdit edit = meetings.edit(id);
        return show(MeetingForm.of(edit.version(), edit.command()), null, id, model);
    }

    @PostMapping("/{id}")
    String processUpdateForm(@PathVariable long id, @ModelAttribute(FORM) MeetingForm form, BindingResult binding,
            @RequestParam(defaultValue = "save") String action,
            @RequestParam(defaultValue = "false") boolean publishDraftPartners, Model model, RedirectAttributes redirect) {
        meetings.edit(id);
        return process(id, form, action, publishDraftPartners, model, redirect);
    }

    private String process(Long id, MeetingForm submitted, String action, boolean publishDraftPartners, Model model,
            RedirectAttributes redirect) {
        if (action.startsWith("add-")) {
            return show(submitted.withExtraRows(action.substring("add-".length())), null, id, model);
        }
        MeetingForm compact = submitted.compacted();
        MeetingForm form = compact.withExtraRows(null);
        BindingResult result = new BeanPropertyBindingResult(form, FORM);
        PartialDate start = FormSubmission.partialDate(form.date(), "date", true, result);
        PartialDate end = FormSubmission.partialDate(form.endDate(), "endDate", false, result);
        MeetingCommand command = compact.command(start, end);
        validate(command, result);
        if (result.hasErrors()) {
            return show(form, result, id, model);
        }
        return save(id, () -> id == null ? meetings.create(command, publishDraftPartners)
                        : meetings.update(id, form.version(), command, publishDraftPartners),
                MeetingEdit::id, result, model, redirect,
                () -> show(form, result, id, model), version -> show(form.withVersion(version), null, id, model));
    }

    private String show(MeetingForm form, BindingResult result, Long id, Model model) {
        showForm(form, result, MeetingForm.FIELDS, id, model);
        model.addAttribute("meetingId", id);
        model.addAttribute("partnerRefs", partners.refs(Audience.STAFF));
        model.addAttribute("agreementRefs", agreementReads.refs(Audience.STAFF));
        model.addAttribute("kinds", MeetingKind.values());
        model.addAttribute("sides", Side.values());
        model.addAttribute("visibilities", List.of(Visibility.DRAFT, Visibility.PUBLISHED));
        return VIEW;
    }
}
