package org.citydiplomacy.portal.accounts.web;

import java.security.Principal;
import java.time.Instant;

import java.time.Duration;

import jakarta.servlet.http.HttpServletResponse;

import org.citydiplomacy.portal.accounts.AccessTokenService;
import org.citydiplomacy.portal.accounts.TokenProperties;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
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

    /**
     * Issues a token from the page. The answer shows it once and is not cached; unlike the other forms
     * this one does not redirect, because the token must never travel through the session (flash) or a URL.
     */
    @PostMapping("/staff/tokens")
    String issue(@RequestParam(defaultValue = "") String name, @RequestParam(required = false) Integer days,
            Principal owner, Model model, HttpServletResponse response) {
        String label = name.strip().isEmpty() ? null : name.strip().substring(0, Math.min(100, name.strip().length()));
        Duration lifetime = days == null || days < 1 ? null : Duration.ofDays(Math.min(days, 3650));
        model.addAttribute("issued", tokens.issue(owner.getName(), label, lifetime));
        response.setHeader(HttpHeaders.CACHE_CONTROL, CacheControl.noStore().getHeaderValue());
        return list(owner, model);
    }

    /** Only the owner's own tokens: anyone else's id answers 404, as if it did not exist. */
    @PostMapping("/staff/tokens/{id}/revoke")
    String revoke(@PathVariable long id, Principal owner, RedirectAttributes redirect) {
        tokens.revokeOwn(id, owner.getName());
        redirect.addFlashAttribute("flash", "staff.tokens.revokedFlash");
        return "redirect:/staff/tokens";
    }
}
