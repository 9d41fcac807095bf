package org.citydiplomacy.portal.history;

/** The kinds of record that keep a history. */
public enum RecordType {
    PARTNER, AGREEMENT, MEETING
}
