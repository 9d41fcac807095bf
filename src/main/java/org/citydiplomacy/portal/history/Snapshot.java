package org.citydiplomacy.portal.history;

import java.time.Instant;
import java.util.Map;

/**
 * A record's state as of one revision: every field by name (lists for its parts), the version it
 * had, whether this revision created it, and the spreadsheet it was imported from (null if it was not).
 */
public record Snapshot(long revision, Instant at, String username, boolean created, long version,
        Map<String, Object> fields, String importedFrom) {
}
