package org.citydiplomacy.portal.strategy.web;

import java.util.List;

import org.citydiplomacy.portal.shared.Office;
import org.citydiplomacy.portal.strategy.StrategyService;
import org.citydiplomacy.portal.strategy.TargetProgress;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The strategy's targets and how far the records say each was reached: the data version, and the progress when it changed. */
@Controller
class StrategyPageController {

    private final StrategyService strategy;

    StrategyPageController(StrategyService strategy) {
        this.strategy = strategy;
    }

    @GetMapping("/strategy")
    String show(Model model) {
        List<TargetProgress> targets = strategy.progress();
        model.addAttribute("targets", targets.stream().map(t -> new TargetView(t, ProgressChart.of(t))).toList());
        model.addAttribute("today", Office.today());
        model.addAttribute("overviewStyles", true);
        return "strategy/show";
    }

    record TargetView(TargetProgress target, ProgressChart chart) {
    }
}
