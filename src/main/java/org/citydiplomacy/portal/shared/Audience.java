package org.citydiplomacy.portal.shared;

import java.util.List;

/**
 * Who is reading: the public sees published records only; staff also see drafts and withdrawn
 * records. Every read query takes one, so that no query can forget the rule.
 */
public enum Audience {
    PUBLIC(List.of(Visibility.PUBLISHED)),
    STAFF(List.of(Visibility.PUBLISHED, Visibility.DRAFT, Visibility.WITHDRAWN));

    private final List<Visibility> visible;

    Audience(List<Visibility> visible) {
        this.visible = visible;
    }

    /** The visibility values this audience may read, as stored in the database. */
    public List<String> visibleValues() {
        return visible.stream().map(Enum::name).toList();
    }

    /**
     * The SQL condition that keeps the rows of {@code column} this audience may read. The values are
     * written into the SQL (they are constants, never input) so that the planner can use the partial
     * indexes on published records whatever the plan cache does with parameters; it is {@code TRUE}
     * for an audience that sees every visibility.
     */
    public String visibilityCondition(String column) {
        if (visible.size() == Visibility.values().length) {
            return "TRUE";
        }
        if (visible.size() == 1) {
            return column + " = '" + visible.get(0).name() + "'";
        }
        return column + " IN (" + String.join(", ", visible.stream().map(v -> "'" + v.name() + "'").toList()) + ")";
    }

    public boolean isStaff() {
        return this == STAFF;
    }
}
