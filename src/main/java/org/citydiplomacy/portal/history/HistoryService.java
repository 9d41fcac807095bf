package org.citydiplomacy.portal.history;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

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
    private final HistoryWording wording;

    HistoryService(List<HistorySource> sources, HistoryWording wording) {
        sources.forEach(s -> this.sources.put(s.type(), s));
        this.wording = wording;
    }

    /**
     * Newest first, in the reader's language.
     * @throws org.citydiplomacy.portal.shared.RecordNotFoundException if there is no such record
     */
    public List<HistoryEntry> of(RecordType type, String key, Locale locale) {
        HistorySource source = sources.get(type);
        if (source == null) {
            throw new IllegalStateException("No history source for " + type);
        }
        return entries(source.snapshots(key)).stream().map(e -> wording.word(e, locale)).toList();
    }

    /** The history page of a record: {@link #of} with the record's title and the way back to its form. */
    public HistoryPage page(RecordType type, String key, String recordTitle, String back, Locale locale) {
        return new HistoryPage(recordTitle, back, of(type, key, locale));
    }

    /** Turns consecutive states into entries, newest first; revisions that changed nothing shown are left out. */
    static List<RecordedEntry> entries(List<Snapshot> snapshots) {
        List<RecordedEntry> entries = new ArrayList<>();
        Map<String, Object> previous = Map.of();
        for (Snapshot s : snapshots) {
            List<FieldChange> changes = AuditTrail.diff(previous, s.fields());
            if (s.created() || !changes.isEmpty()) {
                entries.add(0, new RecordedEntry(s.revision(), s.at(), s.username(), kind(s, changes), s.version(),
                        changes, s.importedFrom()));
            }
            previous = s.fields();
        }
        return entries;
    }

    /** Files added (every earlier one as it was), replaced (one more, one changed) or withdrawn. */
    private static ChangeKind documentsKind(FieldChange documents) {
        List<?> before = documents.before() instanceof List<?> list ? list : List.of();
        List<?> after = documents.after() instanceof List<?> list ? list : List.of();
        if (after.containsAll(before)) {
            return ChangeKind.DOCUMENT_ADDED;
        }
        return after.size() > before.size() ? ChangeKind.DOCUMENT_REPLACED : ChangeKind.DOCUMENT_WITHDRAWN;
    }

    private static ChangeKind kind(Snapshot snapshot, List<FieldChange> changes) {
        if (snapshot.created()) {
            return ChangeKind.CREATED;
        }
        boolean withdrawn = changes.stream().anyMatch(c -> VISIBILITY.equals(c.field())
                && Visibility.WITHDRAWN.name().equals(Objects.toString(c.after(), null)));
        if (withdrawn) {
            return ChangeKind.WITHDRAWN;
        }
        if (changes.stream().allMatch(c -> DOCUMENTS.equals(c.field()))) {
            return documentsKind(changes.get(0));
        }
        return ChangeKind.CHANGED;
    }
}
