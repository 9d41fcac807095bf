package org.citydiplomacy.portal.strategy;

/**
 * How a target is counted from the records. Only published records count, each within the target's
 * period (from its start to the day of reading; the figure "by the deadline" stops at the deadline).
 * The page writes out each rule: {@code strategy.rule.CODE}.
 */
public enum CountingRule {
    /** Partners (published) with at least one published agreement or meeting in the period; each once, in the year of its first. */
    PARTNERS_WITH_AGREEMENT_OR_MEETING,
    /** Partners (published) with at least one published agreement signed in the period; each once, in the year of its first. */
    PARTNERS_WITH_AGREEMENT,
    /** Published agreements signed in the period. */
    AGREEMENTS_SIGNED,
    /** Published meetings held in the period. */
    MEETINGS_HELD
}
