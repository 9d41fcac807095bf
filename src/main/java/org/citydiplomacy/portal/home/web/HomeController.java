package org.citydiplomacy.portal.home.web;

import org.citydiplomacy.portal.home.HomeService;
import org.citydiplomacy.portal.platform.security.ReaderAudience;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class HomeController {

    private final HomeService home;
    private final ReaderAudience audience;

    HomeController(HomeService home, ReaderAudience audience) {
        this.home = home;
        this.audience = audience;
    }

    @GetMapping("/")
    String show(Model model) {
        model.addAttribute("overview", home.overview(audience.current()));
        return "home";
    }
}
