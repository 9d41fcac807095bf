package org.citydiplomacy.portal.history;

import java.time.Instant;
import java.util.List;

import org.citydiplomacy.portal.shared.FieldChange;

/** One revision as recorded, before it is worded for a reader: fields by name, values as stored or as phrases. */
record RecordedEntry(long revision, Instant at, String username, ChangeKind kind, long version,
        List<FieldChange> changes, String importedFrom) {
}
