package org.citydiplomacy.portal.networks.web;

import org.citydiplomacy.portal.networks.NetworkService;
import org.citydiplomacy.portal.platform.ReaderAudience;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

@Controller
class NetworkPageController {

    private final NetworkService networks;
    private final ReaderAudience audience;

    NetworkPageController(NetworkService networks, ReaderAudience audience) {
        this.networks = networks;
        this.audience = audience;
    }

    @GetMapping("/networks")
    String list(Model model) {
        model.addAttribute("networks", networks.list(audience.current()));
        return "networks/list";
    }

    @GetMapping("/networks/{slug}")
    String show(@PathVariable String slug, Model model) {
        model.addAttribute("network", networks.find(slug, audience.current()));
        return "networks/show";
    }
}
