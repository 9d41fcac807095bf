package org.citydiplomacy.portal.agreements.web;

import java.time.LocalDate;
import java.util.List;

import org.citydiplomacy.portal.agreements.AgreementCommand;
import org.citydiplomacy.portal.agreements.AgreementEdit;
import org.citydiplomacy.portal.agreements.AgreementService;
import org.citydiplomacy.portal.agreements.AgreementStatus;
import org.citydiplomacy.portal.agreements.AgreementType;
import org.citydiplomacy.portal.agreements.AgreementWriteService;
import org.citydiplomacy.portal.agreements.CooperationArea;
import org.citydiplomacy.portal.agreements.RelationKind;
import org.citydiplomacy.portal.partners.PartnerEdit;
import org.citydiplomacy.portal.partners.PartnerKind;
import org.citydiplomacy.portal.partners.PartnerService;
import org.citydiplomacy.portal.partners.PartnerWriteService;
import org.citydiplomacy.portal.partners.Relationship;
import org.citydiplomacy.portal.platform.web.FormSubmission;
import org.citydiplomacy.portal.platform.web.RecordFormController;
import org.citydiplomacy.portal.shared.Audience;
import org.citydiplomacy.portal.shared.InvalidCommandException;
import org.citydiplomacy.portal.shared.Office;
import org.citydiplomacy.portal.shared.PartialDate;
import org.citydiplomacy.portal.shared.Side;
import org.citydiplomacy.portal.shared.Visibility;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.validation.SmartValidator;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Adding and editing agreements without JavaScript: one form with every field; buttons that add a
 * blank row to a list or create a new partner redisplay the form with what was typed; saving checks
 * the whole form and saves all of it or nothing.
 */
@Controller
@RequestMapping("/staff/agreements")
class AgreementFormController extends RecordFormController<Long, AgreementCommand, AgreementEdit> {

    static final String VIEW = "agreements/agreementForm";
    private static final String FORM = "agreement";

    private final AgreementWriteService agreements;
    private final AgreementService reads;
    private final PartnerWriteService partnerWrites;
    private final PartnerService partners;

    AgreementFormController(AgreementWriteService agreements, AgreementService reads,
            PartnerWriteService partnerWrites, PartnerService partners, SmartValidator validator) {
        super(agreements, validator, FORM);
        this.agreements = agreements;
        this.reads = reads;
        this.partnerWrites = partnerWrites;
        this.partners = partners;
    }

    @GetMapping("/new")
    String initCreationForm(Model model) {
        return show(AgreementForm.blank(Office.today()), null, null, model);
    }

    @PostMapping
    String processCreationForm(@ModelAttribute(FORM) AgreementForm form, BindingResult binding,
            @RequestParam(defaultValue = "save") String action,
            @RequestParam(defaultValue = "false") boolean publishDraftPartners, Model model, RedirectAttributes redirect) {
        return process(null, form, binding, action, publishDraftPartners, model, redirect);
    }

    @GetMapping("/{id}/edit")
    String initUpdateForm(@PathVariable long id, Model model) {
        AgreementEdit edit = agreements.edit(id);
        return show(AgreementForm.of(edit.version(), edit.command()), null, id, model);
    }

    @PostMapping("/{id}")
    String processUpdateForm(@PathVariable long id, @ModelAttribute(FORM) AgreementForm form, BindingResult binding,
            @RequestParam(defaultValue = "save") String action,
            @RequestParam(defaultValue = "false") boolean publishDraftPartners, Model model, RedirectAttributes redirect) {
        agreements.edit(id); // 404 for an agreement that does not exist
        return process(id, form, binding, action, publishDraftPartners, model, redirect);
    }

    private String process(Long id, AgreementForm submitted, BindingResult binding, String action,
            boolean publishDraftPartners, Model model, RedirectAttributes redirect) {
        if (action.startsWith("add-")) {
            return show(submitted.withExtraRows(action.substring("add-".length())), null, id, model);
        }
        AgreementForm form = submitted.compacted().withBlankRows();
        BindingResult result = new BeanPropertyBindingResult(form, FORM);
        copyBindingErrors(binding, result);
        if ("create-partner".equals(action)) {
            // Rows stay as typed (even blank ones): only the partner is created.
            BindingResult asTyped = new BeanPropertyBindingResult(submitted, FORM);
            copyBindingErrors(binding, asTyped);
            return createPartner(id, submitted, asTyped, model);
        }
        PartialDate signed = FormSubmission.partialDate(form.signedOn(), "signedOn", true, result);
        LocalDate review = FormSubmission.date(form.reviewOn(), "reviewOn", result);
        LocalDate expiry = FormSubmission.date(form.expiresOn(), "expiresOn", result);
        AgreementCommand command = submitted.compacted().command(signed, review, expiry);
        validate(command, result);
        if (form.version() == null && id != null) {
            result.reject("staff.form.versionMissing");
        }
        if (result.hasErrors()) {
            return show(form, result, id, model);
        }
        return save(id, () -> id == null ? agreements.create(command, publishDraftPartners)
                        : agreements.update(id, form.version(), command, publishDraftPartners),
                AgreementEdit::id, result, model, redirect,
                () -> show(form, result, id, model), version -> show(form.withVersion(version), null, id, model));
    }

    private String createPartner(Long id, AgreementForm form, BindingResult result, Model model) {
        var command = form.newPartner().command();
        validate(command, result, "newPartner.");
        if (!result.hasErrors()) {
            try {
                PartnerEdit created = partnerWrites.create(command);
                model.addAttribute("partnerCreated", created.command().name());
                return show(form.withPartnerAdded(created.slug()), null, id, model);
            }
            catch (InvalidCommandException ex) {
                FormSubmission.reject(ex, "newPartner.", result);
            }
        }
        return show(form, result, id, model);
    }

    /** Values that could not even be converted (a date like 2026-13-40): shown on their fields. */
    private static void copyBindingErrors(BindingResult from, BindingResult to) {
        for (FieldError error : from.getFieldErrors()) {
            if (!error.getField().contains("[")) {
                to.addError(new FieldError(to.getObjectName(), error.getField(), error.getRejectedValue(), true,
                        error.getCodes(), error.getArguments(), error.getDefaultMessage()));
            }
        }
    }

    private String show(AgreementForm form, BindingResult result, Long id, Model model) {
        showForm(form, result, AgreementForm.FIELDS, id, model);
        model.addAttribute("agreementId", id);
        if (id != null) {
            model.addAttribute("details", reads.find(id, Audience.STAFF));
        }
        model.addAttribute("partnerRefs", partners.refs(Audience.STAFF));
        model.addAttribute("agreementRefs", reads.refs(Audience.STAFF));
        model.addAttribute("types", AgreementType.values());
        model.addAttribute("statuses", AgreementStatus.values());
        model.addAttribute("areas", CooperationArea.values());
        model.addAttribute("sides", Side.values());
        model.addAttribute("relationKinds", RelationKind.values());
        model.addAttribute("visibilities", List.of(Visibility.DRAFT, Visibility.PUBLISHED));
        model.addAttribute("partnerKinds", PartnerKind.values());
        model.addAttribute("relationships", Relationship.values());
        model.addAttribute("languages", FormSubmission.languages());
        return VIEW;
    }
}
