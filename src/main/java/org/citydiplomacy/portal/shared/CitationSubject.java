package org.citydiplomacy.portal.shared;

/** The kinds of record a citation can be about. */
public enum CitationSubject {
    PARTNER, AGREEMENT, MEETING, NETWORK
}
