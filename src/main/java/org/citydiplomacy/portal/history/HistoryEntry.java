package org.citydiplomacy.portal.history;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * One revision of a record as a reader reads it: who saved it, when (in the office's zone), what kind
 * of change it was, each field before and after, all in the reader's language, and the spreadsheet it
 * was imported from ({@code importedFrom}, null for a change made by hand).
 */
public record HistoryEntry(long revision, OffsetDateTime at, String username, String kind, long version,
        List<HistoryChange> changes, String importedFrom) {
}
