package org.citydiplomacy.portal.partners;

/** The city's tie with a partner. Partners that only sign agreements are {@code PARTNER}. */
public enum Relationship {
    SISTER, FRIENDSHIP, PARTNER
}
