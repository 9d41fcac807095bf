package org.citydiplomacy.portal.history;

import java.util.List;

/** A record's history page: its title, the way back to its form, and its entries, newest first. */
public record HistoryPage(String recordTitle, String back, List<HistoryEntry> entries) {

    /** The one template every record's history page renders, as {@code recordHistory}. */
    public static final String VIEW = "history/recordHistory";
    public static final String MODEL = "recordHistory";
}
