package org.citydiplomacy.portal.networks.web;

import org.citydiplomacy.portal.networks.NetworkService;
import org.citydiplomacy.portal.shared.Audience;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The networks' public pages. They show published records only, to staff as well: a draft linked to
 * a network is never shown here (staff see drafts in their workspace).
 */
@Controller
class NetworkPageController {

    private final NetworkService networks;

    NetworkPageController(NetworkService networks) {
        this.networks = networks;
    }

    @GetMapping("/networks")
    String list(Model model) {
        model.addAttribute("networks", networks.list(Audience.PUBLIC));
        return "networks/list";
    }

    @GetMapping("/networks/{slug}")
    String show(@PathVariable String slug, Model model) {
        model.addAttribute("network", networks.find(slug, Audience.PUBLIC));
        return "networks/show";
    }
}
