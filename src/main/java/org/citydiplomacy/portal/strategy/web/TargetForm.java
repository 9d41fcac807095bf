package org.citydiplomacy.portal.strategy.web;

import org.citydiplomacy.portal.shared.PartialDate;
import org.citydiplomacy.portal.strategy.CountingRule;
import org.citydiplomacy.portal.strategy.TargetCommand;

/** The target form as sent: the number and the dates as typed, the rule as chosen. */
record TargetForm(String title, String titleJa, String description, String descriptionJa, String targetCount,
        String countsFrom, String deadline, CountingRule rule, String sourceNote) {

    static TargetForm blank() {
        return new TargetForm(null, null, null, null, null, null, null,
                CountingRule.PARTNERS_WITH_AGREEMENT_OR_MEETING, null);
    }

    TargetCommand command(Integer count, PartialDate from, PartialDate until) {
        return new TargetCommand(title, titleJa, description, descriptionJa, count, from, until, rule, sourceNote);
    }
}
