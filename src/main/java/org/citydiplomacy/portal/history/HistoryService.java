package org.citydiplomacy.portal.history;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.citydiplomacy.portal.shared.FieldChange;
import org.citydiplomacy.portal.shared.Visibility;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The history of one partner, agreement or meeting: each revision with who saved it, when, what
 * kind of change it was, and every changed field before and after. Staff only: the history holds
 * drafts and staff notes.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("hasAnyRole('EDITOR', 'ADMIN')")
public class HistoryService {

    /** Fields whose change alone makes a revision a document upload or a withdrawal. */
    public static final String DOCUMENTS = "documents";
    public static final String VISIBILITY = "visibility";

    private final Map<RecordType, HistorySource> sources = new EnumMap<>(RecordType.class);

    HistoryService(List<HistorySource> sources) {
        sources.forEach(s -> this.sources.put(s.type(), s));
    }

    /**
     * Newest first.
     * @throws org.citydiplomacy.portal.shared.RecordNotFoundException if there is no such record
     */
    public List<HistoryEntry> of(RecordType type, String key) {
        HistorySource source = sources.get(type);
        if (source == null) {
            throw new IllegalStateException("No history source for " + type);
        }
        return entries(source.snapshots(key));
    }

    /** The history page of a record: {@link #of} with the record's title and the way back to its form. */
    public HistoryPage page(RecordType type, String key, String recordTitle, String back) {
        return new HistoryPage(recordTitle, back, of(type, key));
    }

    /** Turns consecutive states into entries, newest first; revisions that changed nothing shown are left out. */
    static List<HistoryEntry> entries(List<Snapshot> snapshots) {
        List<HistoryEntry> entries = new ArrayList<>();
        Map<String, Object> previous = Map.of();
        for (Snapshot s : snapshots) {
            List<FieldChange> changes = AuditTrail.diff(previous, s.fields());
            if (s.created() || !changes.isEmpty()) {
                entries.add(0, new HistoryEntry(s.revision(), s.at(), s.username(), kind(s, changes), s.version(),
                        changes, s.importedFrom()));
            }
            previous = s.fields();
        }
        return entries;
    }

    private static ChangeKind kind(Snapshot snapshot, List<FieldChange> changes) {
        if (snapshot.created()) {
            return ChangeKind.CREATED;
        }
        boolean withdrawn = changes.stream().anyMatch(c -> VISIBILITY.equals(c.field())
                && Visibility.WITHDRAWN.name().equals(String.valueOf(c.after())));
        if (withdrawn) {
            return ChangeKind.WITHDRAWN;
        }
        if (changes.stream().allMatch(c -> DOCUMENTS.equals(c.field()))) {
            return ChangeKind.DOCUMENT_ADDED;
        }
        return ChangeKind.CHANGED;
    }
}
