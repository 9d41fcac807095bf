package org.citydiplomacy.portal.accounts.web;

import java.security.Principal;
import java.time.Instant;

import org.citydiplomacy.portal.accounts.AccessTokenService;
import org.citydiplomacy.portal.accounts.TokenProperties;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A staff member's own access tokens: when each was made, last used and expires; revoke one. */
@Controller
class TokenPageController {

    private final AccessTokenService tokens;
    private final TokenProperties properties;

    TokenPageController(AccessTokenService tokens, TokenProperties properties) {
        this.tokens = tokens;
        this.properties = properties;
    }

    @GetMapping("/staff/tokens")
    String list(Principal owner, Model model) {
        model.addAttribute("tokens", tokens.ofOwner(owner.getName()));
        model.addAttribute("owner", owner.getName());
        model.addAttribute("asAdmin", false);
        model.addAttribute("now", Instant.now());
        model.addAttribute("lifetimeDays", properties.lifetime().toDays());
        return "accounts/tokens";
    }

    /** Only the owner's own tokens: anyone else's id answers 404, as if it did not exist. */
    @PostMapping("/staff/tokens/{id}/revoke")
    String revoke(@PathVariable long id, Principal owner, RedirectAttributes redirect) {
        tokens.revokeOwn(id, owner.getName());
        redirect.addFlashAttribute("flash", "staff.tokens.revokedFlash");
        return "redirect:/staff/tokens";
    }
}
