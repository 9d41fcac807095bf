package org.citydiplomacy.portal.agreements;

/** How one agreement relates to an earlier one. */
public enum RelationKind {
    RENEWS, SUPERSEDES, AMENDS
}
