package org.citydiplomacy.portal.partners.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.citydiplomacy.portal.partners.PartnerService;
import org.citydiplomacy.portal.partners.PartnerSummary;
import org.citydiplomacy.portal.partners.Relationship;
import org.citydiplomacy.portal.shared.Audience;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The partner list. Each partner's own page ({@code /partners/{slug}}, its profile and timeline) is
 * {@code timeline.web.PartnerPageController}: it reads agreements and meetings, which depend on
 * partners, so serving it from here would make the modules depend on each other in a cycle.
 */
@Controller
class PartnerListPageController {

    private final PartnerService partners;

    PartnerListPageController(PartnerService partners) {
        this.partners = partners;
    }

    @GetMapping("/partners")
    String list(Audience audience, Model model) {
        List<PartnerSummary> all = partners.list(audience);
        Map<Relationship, List<PartnerSummary>> groups = new LinkedHashMap<>();
        for (Relationship relationship : Relationship.values()) {
            List<PartnerSummary> group = all.stream().filter(p -> p.relationship() == relationship).toList();
            if (!group.isEmpty()) {
                groups.put(relationship, group);
            }
        }
        model.addAttribute("groups", groups);
        model.addAttribute("total", all.size());
        return "partners/list";
    }
}
