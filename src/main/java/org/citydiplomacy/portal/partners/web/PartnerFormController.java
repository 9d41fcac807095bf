package org.citydiplomacy.portal.partners.web;

import java.util.List;

import org.citydiplomacy.portal.partners.PartnerCommand;
import org.citydiplomacy.portal.partners.PartnerEdit;
import org.citydiplomacy.portal.partners.PartnerKind;
import org.citydiplomacy.portal.partners.PartnerWriteService;
import org.citydiplomacy.portal.partners.Relationship;
import org.citydiplomacy.portal.platform.web.FormSubmission;
import org.citydiplomacy.portal.platform.web.RecordFormController;
import org.citydiplomacy.portal.shared.PartialDate;
import org.citydiplomacy.portal.shared.Visibility;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.SmartValidator;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Adding and editing partners. */
@Controller
@RequestMapping("/staff/partners")
class PartnerFormController extends RecordFormController<String, PartnerCommand, PartnerEdit> {

    static final String VIEW = "partners/partnerForm";
    private static final String FORM = "partner";

    private final PartnerWriteService partners;

    PartnerFormController(PartnerWriteService partners, SmartValidator validator) {
        super(partners, validator, FORM);
        this.partners = partners;
    }

    @GetMapping("/new")
    String initCreationForm(Model model) {
        return show(PartnerForm.blank(), null, null, model);
    }

    @PostMapping
    String processCreationForm(@ModelAttribute(FORM) PartnerForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        return process(null, form, result, model, redirect);
    }

    @GetMapping("/{slug}/edit")
    String initUpdateForm(@PathVariable String slug, Model model) {
        PartnerEdit edit = partners.edit(slug);
        return show(PartnerForm.of(edit.version(), edit.command()), edit.slug(), null, model);
    }

    @PostMapping("/{slug}")
    String processUpdateForm(@PathVariable String slug, @ModelAttribute(FORM) PartnerForm form, BindingResult result,
            Model model, RedirectAttributes redirect) {
        partners.edit(slug); // 404 for a partner that does not exist
        return process(slug, form, result, model, redirect);
    }

    private String process(String slug, PartnerForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        PartialDate since = FormSubmission.partialDate(form.relationshipSince(), "relationshipSince", false, result);
        PartnerCommand command = form.command(since);
        validate(command, result);
        if (result.hasErrors()) {
            return show(form, slug, result, model);
        }
        return save(slug, () -> slug == null ? partners.create(command) : partners.update(slug, form.version(), command),
                PartnerEdit::slug, result, model, redirect,
                () -> show(form, slug, result, model), version -> show(form.withVersion(version), slug, null, model));
    }

    private String show(PartnerForm form, String slug, BindingResult result, Model model) {
        showForm(form, result, PartnerForm.FIELDS, slug, model);
        model.addAttribute("partnerSlug", slug);
        model.addAttribute("kinds", PartnerKind.values());
        model.addAttribute("relationships", Relationship.values());
        model.addAttribute("visibilities", List.of(Visibility.DRAFT, Visibility.PUBLISHED));
        return VIEW;
    }
}
