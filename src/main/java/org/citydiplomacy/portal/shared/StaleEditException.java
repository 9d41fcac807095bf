package org.citydiplomacy.portal.shared;

import java.util.List;

/**
 * An edit based on a version that is no longer the current one: someone saved in between. Nothing
 * is written; {@code changes} lists each field whose value differs between the version the editor
 * started from and the current one (empty when that version can no longer be told).
 */
public class StaleEditException extends RuntimeException {

    private final String kind;
    private final String key;
    private final long baseVersion;
    private final long currentVersion;
    private final List<FieldChange> changes;

    public StaleEditException(String kind, String key, long baseVersion, long currentVersion,
            List<FieldChange> changes) {
        super(kind + " " + key + " was edited meanwhile: version " + baseVersion + " is now " + currentVersion);
        this.kind = kind;
        this.key = key;
        this.baseVersion = baseVersion;
        this.currentVersion = currentVersion;
        this.changes = List.copyOf(changes);
    }

    public String kind() {
        return kind;
    }

    public String key() {
        return key;
    }

    public long baseVersion() {
        return baseVersion;
    }

    public long currentVersion() {
        return currentVersion;
    }

    public List<FieldChange> changes() {
        return changes;
    }
}
