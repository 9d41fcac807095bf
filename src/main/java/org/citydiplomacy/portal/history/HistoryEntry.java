package org.citydiplomacy.portal.history;

import java.time.Instant;
import java.util.List;

import org.citydiplomacy.portal.shared.FieldChange;

/**
 * One revision of a record: who saved it, when, what kind of change it was, each field before and
 * after, and the spreadsheet it was imported from ({@code importedFrom}, null for a change made by hand).
 */
public record HistoryEntry(long revision, Instant at, String username, ChangeKind kind, long version,
        List<FieldChange> changes, String importedFrom) {
}
