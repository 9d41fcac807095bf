package org.citydiplomacy.portal.history;

import java.util.List;

import org.citydiplomacy.portal.shared.StaleEditException;

/** Implemented by each module that keeps a history: its records' states, revision by revision. */
public interface HistorySource {

    RecordType type();

    /**
     * The record's states, oldest first.
     * @throws org.citydiplomacy.portal.shared.RecordNotFoundException if there is no such record
     */
    List<Snapshot> snapshots(String key);

    /**
     * Refuses an edit based on another version than the record's current one, with every field that
     * changed since the version the editor started from.
     * @param record what it is, for the problem: "agreement", "meeting", "partner"
     */
    default void requireVersion(String record, String key, long current, long baseVersion) {
        if (current != baseVersion) {
            throw new StaleEditException(record, key, baseVersion, current,
                    AuditTrail.changedSince(snapshots(key), baseVersion));
        }
    }
}
