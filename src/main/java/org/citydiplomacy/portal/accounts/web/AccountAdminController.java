package org.citydiplomacy.portal.accounts.web;

import java.security.Principal;
import java.time.Instant;

import jakarta.validation.Valid;

import org.citydiplomacy.portal.accounts.AccessTokenService;
import org.citydiplomacy.portal.accounts.AccountChangeRefusedException;
import org.citydiplomacy.portal.accounts.AccountService;
import org.citydiplomacy.portal.accounts.AccountSummary;
import org.citydiplomacy.portal.accounts.NewAccount;
import org.citydiplomacy.portal.accounts.PasswordReset;
import org.citydiplomacy.portal.accounts.StaffRole;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Admins create, deactivate, reactivate and reset staff accounts, and revoke anyone's tokens. */
@Controller
@RequestMapping("/staff/accounts")
class AccountAdminController {

    static final String FORM = "accounts/accountForm";
    static final String DETAILS = "accounts/accountDetails";

    private final AccountService accounts;
    private final AccessTokenService tokens;

    AccountAdminController(AccountService accounts, AccessTokenService tokens) {
        this.accounts = accounts;
        this.tokens = tokens;
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("accounts", accounts.list());
        return "accounts/accountList";
    }

    @GetMapping("/new")
    String initCreationForm(Model model) {
        model.addAttribute("account", NewAccount.blank());
        model.addAttribute("roles", StaffRole.values());
        return FORM;
    }

    @PostMapping
    String processCreationForm(@Valid @ModelAttribute("account") NewAccount account, BindingResult result,
            Principal admin, Model model, RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                AccountSummary created = accounts.create(account, admin.getName());
                redirect.addFlashAttribute("flash", "staff.accounts.created.flash");
                return "redirect:/staff/accounts/" + created.username();
            }
            catch (AccountChangeRefusedException ex) {
                result.rejectValue(ex.field(), ex.messageCode());
            }
        }
        model.addAttribute("roles", StaffRole.values());
        return FORM;
    }

    @GetMapping("/{username}")
    String show(@PathVariable String username, Model model) {
        return details(username, PasswordReset.blank(), model);
    }

    @PostMapping("/{username}/deactivate")
    String deactivate(@PathVariable String username, Principal admin, RedirectAttributes redirect) {
        try {
            accounts.deactivate(username, admin.getName());
            redirect.addFlashAttribute("flash", "staff.accounts.deactivated");
        }
        catch (AccountChangeRefusedException ex) {
            redirect.addFlashAttribute("refusal", ex.messageCode());
        }
        return "redirect:/staff/accounts/" + accounts.find(username).username();
    }

    @PostMapping("/{username}/reactivate")
    String reactivate(@PathVariable String username, Principal admin, RedirectAttributes redirect) {
        accounts.reactivate(username, admin.getName());
        redirect.addFlashAttribute("flash", "staff.accounts.reactivated");
        return "redirect:/staff/accounts/" + accounts.find(username).username();
    }

    /** Another account's role; refused for one's own and for the last active administrator. */
    @PostMapping("/{username}/role")
    String changeRole(@PathVariable String username, @RequestParam StaffRole role, Principal admin,
            RedirectAttributes redirect) {
        try {
            accounts.changeRole(username, role, admin.getName());
            redirect.addFlashAttribute("flash", "staff.accounts.role.changed");
        }
        catch (AccountChangeRefusedException ex) {
            redirect.addFlashAttribute("refusal", ex.messageCode());
        }
        return "redirect:/staff/accounts/" + accounts.find(username).username();
    }

    @PostMapping("/{username}/password")
    String resetPassword(@PathVariable String username, @Valid @ModelAttribute("reset") PasswordReset reset,
            BindingResult result, Principal admin, Model model, RedirectAttributes redirect) {
        if (!result.hasFieldErrors("password") && !reset.matches()) {
            result.rejectValue("confirmation", "staff.accounts.confirmation.mismatch");
        }
        if (result.hasErrors()) {
            return details(username, reset, model);
        }
        accounts.resetPassword(username, reset.password(), admin.getName());
        redirect.addFlashAttribute("flash", "staff.accounts.passwordSet");
        return "redirect:/staff/accounts/" + accounts.find(username).username();
    }

    @PostMapping("/{username}/tokens/{id}/revoke")
    String revokeToken(@PathVariable String username, @PathVariable long id, Principal admin,
            RedirectAttributes redirect) {
        tokens.revokeAny(id, username, admin.getName());
        redirect.addFlashAttribute("flash", "staff.tokens.revokedFlash");
        return "redirect:/staff/accounts/" + accounts.find(username).username();
    }

    private String details(String username, PasswordReset reset, Model model) {
        AccountSummary account = accounts.find(username);
        model.addAttribute("account", account);
        model.addAttribute("reset", reset);
        model.addAttribute("tokens", tokens.ofOwner(account.username()));
        model.addAttribute("roles", StaffRole.values());
        model.addAttribute("roleChanges", accounts.roleChanges(account.username()));
        model.addAttribute("now", Instant.now());
        return DETAILS;
    }
}
