package org.citydiplomacy.portal.shared;

/** Who may see a record: drafts and withdrawn records are for staff only. */
public enum Visibility {
    DRAFT, PUBLISHED, WITHDRAWN;

    /**
     * The choice a form offers for a record in this state: a withdrawn record's form offers draft, so
     * that saving it (administrators only) restores it as a draft instead of failing on an empty choice.
     */
    public static Visibility editable(Visibility visibility) {
        return visibility == WITHDRAWN ? DRAFT : visibility;
    }
}
