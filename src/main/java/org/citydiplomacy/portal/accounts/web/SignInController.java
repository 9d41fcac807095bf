package org.citydiplomacy.portal.accounts.web;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The sign-in form; Spring Security's filter handles its POST, and POST /logout. */
@Controller
class SignInController {

    @GetMapping("/login")
    String signIn(@RequestParam(required = false) String outcome, Model model) {
        Authentication current = SecurityContextHolder.getContext().getAuthentication();
        if (current != null && current.isAuthenticated() && !(current instanceof AnonymousAuthenticationToken)) {
            return "redirect:/staff";
        }
        // Which message to show after a redirect here; the page says nothing else about the attempt.
        model.addAttribute("failed", "failed".equals(outcome));
        model.addAttribute("throttled", "throttled".equals(outcome));
        model.addAttribute("signedOut", "signed-out".equals(outcome));
        return "accounts/signIn";
    }
}
