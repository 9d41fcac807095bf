package org.citydiplomacy.portal.history;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Rebuilds a record's states from its audit rows, read in a fixed number of statements (one per
 * audit table) instead of one query per revision. Feed it the record's own rows and the rows of
 * each of its parts, then ask for {@link #snapshots()}.
 *
 * <p>Parts are keyed by identity: a collection element by all its values (Envers writes an element
 * change as a removal and an addition), a child entity by its id (a change replaces it).
 */
public final class AuditTrail {

    /** Envers' revision types. */
    public static final int ADDED = 0;
    public static final int MODIFIED = 1;
    public static final int REMOVED = 2;

    private final Map<Long, Meta> revisions = new TreeMap<>();
    private final Map<Long, Root> roots = new TreeMap<>();
    private final Map<String, List<PartRow>> parts = new LinkedHashMap<>();
    private final Set<String> scalarParts = new LinkedHashSet<>();

    /** Who made revision {@code rev}, and when. */
    public AuditTrail revision(long rev, Instant at, String username) {
        return revision(rev, at, username, null);
    }

    /** @param importedFrom the spreadsheet the revision was imported from, null if it was not */
    public AuditTrail revision(long rev, Instant at, String username, String importedFrom) {
        revisions.putIfAbsent(rev, new Meta(at, username, importedFrom));
        return this;
    }

    /** The record's own row at revision {@code rev}: its fields in display order. */
    public AuditTrail root(long rev, int revtype, long version, Map<String, Object> fields) {
        roots.put(rev, new Root(revtype, version, fields));
        return this;
    }

    /** Declares a list-valued part, so that it is shown (empty) even before it has elements. */
    public AuditTrail part(String field) {
        parts.computeIfAbsent(field, f -> new ArrayList<>());
        return this;
    }

    /** An element of list-valued field {@code field}: added, changed or removed at {@code rev}. */
    public AuditTrail element(String field, long rev, int revtype, Object identity, Comparable<?> order,
            Object display) {
        parts.computeIfAbsent(field, f -> new ArrayList<>()).add(new PartRow(rev, revtype, identity, order, display));
        return this;
    }

    /** A single-valued part (such as the full text in one language), keyed by its field name. */
    public AuditTrail value(String field, long rev, int revtype, Object identity, Object display) {
        scalarParts.add(field);
        return element(field, rev, revtype, identity, 0, display);
    }

    /** The record's states, oldest first; revisions before it was first recorded are left out. */
    public List<Snapshot> snapshots() {
        TreeSet<Long> all = new TreeSet<>(roots.keySet());
        parts.values().forEach(rows -> rows.forEach(r -> all.add(r.rev)));
        Map<String, Map<Object, PartRow>> live = new HashMap<>();
        parts.keySet().forEach(f -> live.put(f, new LinkedHashMap<>()));
        List<Snapshot> result = new ArrayList<>();
        Root current = null;
        boolean first = true;
        for (long rev : all) {
            Root root = roots.get(rev);
            if (root != null) {
                current = root;
            }
            for (Map.Entry<String, List<PartRow>> part : parts.entrySet()) {
                Map<Object, PartRow> elements = live.get(part.getKey());
                // Removals first: a changed element is removed and added again in one revision.
                part.getValue().stream().filter(r -> r.rev == rev && r.revtype == REMOVED)
                        .forEach(r -> elements.remove(r.identity));
                part.getValue().stream().filter(r -> r.rev == rev && r.revtype != REMOVED)
                        .forEach(r -> elements.put(r.identity, r));
            }
            if (current == null) {
                continue;
            }
            Map<String, Object> fields = new LinkedHashMap<>(current.fields);
            for (String field : parts.keySet()) {
                List<Object> values = live.get(field).values().stream()
                        .sorted(Comparator.comparing(r -> (Comparable<Object>) r.order, Comparator.nullsLast(Comparator.naturalOrder())))
                        .map(r -> r.display)
                        .toList();
                if (scalarParts.contains(field)) {
                    fields.put(field, values.isEmpty() ? null : values.get(0));
                }
                else {
                    fields.put(field, values.isEmpty() ? null : values);
                }
            }
            Meta meta = revisions.getOrDefault(rev, new Meta(null, null, null));
            result.add(new Snapshot(rev, meta.at, meta.username, first && current.revtype == ADDED, current.version,
                    fields, meta.importedFrom));
            first = false;
        }
        return result;
    }

    private record Meta(Instant at, String username, String importedFrom) {
    }

    private record Root(int revtype, long version, Map<String, Object> fields) {
    }

    private record PartRow(long rev, int revtype, Object identity, Comparable<?> order, Object display) {
    }

    /** Each field whose value differs between two states, in the order of the later one. */
    public static List<org.citydiplomacy.portal.shared.FieldChange> diff(Map<String, Object> before,
            Map<String, Object> after) {
        Set<String> names = new LinkedHashSet<>(after.keySet());
        names.addAll(before.keySet());
        List<org.citydiplomacy.portal.shared.FieldChange> changes = new ArrayList<>();
        for (String name : names) {
            Object was = before.get(name);
            Object is = after.get(name);
            if (!Objects.equals(was, is)) {
                changes.add(new org.citydiplomacy.portal.shared.FieldChange(name, was, is));
            }
        }
        return changes;
    }

    /**
     * The fields that differ between the state at {@code baseVersion} and the latest one: what
     * changed since an editor loaded the record. Empty when the base state is not in the history.
     */
    public static List<org.citydiplomacy.portal.shared.FieldChange> changedSince(List<Snapshot> snapshots,
            long baseVersion) {
        Snapshot base = null;
        for (Snapshot s : snapshots) {
            if (s.version() == baseVersion) {
                base = s;
            }
        }
        if (base == null || snapshots.isEmpty()) {
            return List.of();
        }
        return diff(base.fields(), snapshots.get(snapshots.size() - 1).fields());
    }
}
