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

    public boolean isStaff() {
        return this == STAFF;
    }
}
