package org.citydiplomacy.portal.history;

import java.time.Instant;
import java.util.Map;

/**
 * A record's state as of one revision: every field by name (lists for its parts), the version it
 * had, and whether this revision created it.
 */
public record Snapshot(long revision, Instant at, String username, boolean created, long version,
        Map<String, Object> fields) {
}
