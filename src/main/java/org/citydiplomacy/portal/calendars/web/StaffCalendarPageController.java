package org.citydiplomacy.portal.calendars.web;

import java.security.Principal;

import jakarta.servlet.http.HttpServletResponse;

import org.citydiplomacy.portal.calendars.CalendarService;
import org.citydiplomacy.portal.platform.web.PublicUrl;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** {@code /staff/calendar}: a staff member's own calendar address: issue it, issue a new one, revoke it. */
@Controller
class StaffCalendarPageController {

    private final CalendarService calendars;
    private final PublicUrl publicUrl;

    StaffCalendarPageController(CalendarService calendars, PublicUrl publicUrl) {
        this.calendars = calendars;
        this.publicUrl = publicUrl;
    }

    @GetMapping("/staff/calendar")
    String show(Principal owner, Model model) {
        model.addAttribute("address", calendars.addressOf(owner.getName()).orElse(null));
        return "calendars/staff-calendar";
    }

    /**
     * Issues an address (a new one replaces the old). The answer shows it once and is not stored; like
     * the token page, it does not redirect, so that the secret never travels through the session or a URL.
     */
    @PostMapping("/staff/calendar")
    String issue(Principal owner, Model model, HttpServletResponse response) {
        model.addAttribute("issuedUrl", publicUrl.absolute(calendars.issue(owner.getName()).path()));
        response.setHeader(HttpHeaders.CACHE_CONTROL, CacheControl.noStore().getHeaderValue());
        return show(owner, model);
    }

    @PostMapping("/staff/calendar/revoke")
    String revoke(Principal owner, RedirectAttributes redirect) {
        calendars.revoke(owner.getName());
        redirect.addFlashAttribute("flash", "calendars.page.revokedFlash");
        return "redirect:/staff/calendar";
    }
}
