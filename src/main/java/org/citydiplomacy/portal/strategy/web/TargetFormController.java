package org.citydiplomacy.portal.strategy.web;

import java.security.Principal;

import org.citydiplomacy.portal.platform.web.FormSubmission;
import org.citydiplomacy.portal.shared.InvalidCommandException;
import org.citydiplomacy.portal.shared.PartialDate;
import org.citydiplomacy.portal.strategy.CountingRule;
import org.citydiplomacy.portal.strategy.StrategyService;
import org.citydiplomacy.portal.strategy.TargetCommand;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.SmartValidator;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Staff add a target of the strategy (editors and administrators: {@code /staff/**} is theirs, and the
 * service checks the role again). Post/Redirect/Get to the public strategy page's new target.
 */
@Controller
@RequestMapping("/staff/strategy/targets")
class TargetFormController {

    static final String VIEW = "strategy/targetForm";
    private static final String FORM = "target";

    private final StrategyService strategy;
    private final SmartValidator validator;

    TargetFormController(StrategyService strategy, SmartValidator validator) {
        this.strategy = strategy;
        this.validator = validator;
    }

    @GetMapping("/new")
    String initCreationForm(Model model) {
        return show(TargetForm.blank(), model);
    }

    @PostMapping
    String processCreationForm(@ModelAttribute(FORM) TargetForm form, BindingResult result, Model model,
            RedirectAttributes redirect, Principal principal) {
        Integer count = number(form.targetCount(), result);
        // Dates as every staff form reads them (Japanese ways too); blank is none: the command says if it is required.
        PartialDate from = FormSubmission.partialDate(form.countsFrom(), "countsFrom", false, result);
        PartialDate until = FormSubmission.partialDate(form.deadline(), "deadline", false, result);
        TargetCommand command = form.command(count, from, until);
        FormSubmission.validate(validator, command, FORM, result);
        if (result.hasErrors()) {
            return show(null, model);
        }
        try {
            long id = strategy.add(command, principal.getName());
            redirect.addFlashAttribute("flash", "strategy.target.created");
            return "redirect:/strategy#target-" + id;
        }
        catch (InvalidCommandException ex) {
            FormSubmission.reject(ex, "", result);
            return show(null, model);
        }
    }

    private String show(TargetForm form, Model model) {
        if (form != null) {
            model.addAttribute(FORM, form);
        }
        model.addAttribute("rules", CountingRule.values());
        return VIEW;
    }

    private static Integer number(String text, BindingResult result) {
        if (text == null || text.isBlank()) {
            return null; // the command's @NotNull says "Required."
        }
        try {
            return Integer.valueOf(text.strip());
        }
        catch (NumberFormatException ex) {
            result.rejectValue("targetCount", "strategy.validation.count");
            return null;
        }
    }
}
