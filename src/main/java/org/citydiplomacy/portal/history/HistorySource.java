package org.citydiplomacy.portal.history;

import java.util.List;

/** Implemented by each module that keeps a history: its records' states, revision by revision. */
public interface HistorySource {

    RecordType type();

    /**
     * The record's states, oldest first.
     * @throws org.citydiplomacy.portal.shared.RecordNotFoundException if there is no such record
     */
    List<Snapshot> snapshots(String key);
}
