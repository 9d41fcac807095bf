package org.citydiplomacy.portal.shared;

/** Who may see a record: drafts and withdrawn records are for staff only. */
public enum Visibility {
    DRAFT, PUBLISHED, WITHDRAWN
}
