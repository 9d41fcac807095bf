package org.citydiplomacy.portal.agreements.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.citydiplomacy.portal.shared.PartialDate;

/**
 * What a spreadsheet row without an id is matched by, for every agreement, in memory: its partners
 * (in any order), its title (ignoring case) and its signing period. A row means the agreement with the
 * same partners and title whose period overlaps the row's date ("2025-09" and 2025-09-14 are the same
 * signing), the lowest id first, as {@code AgreementWriteService.sameAgreement} answers it from the table.
 */
final class AgreementKeys {

    /** One agreement; {@code id} is null while it waits to be written, and such ones sort after the others. */
    static final class Entry {

        Long id;
        private final LocalDate start;
        private final LocalDate end;

        Entry(Long id, PartialDate signedOn) {
            this.id = id;
            this.start = signedOn.start();
            this.end = signedOn.end();
        }

        boolean overlaps(PartialDate date) {
            return !start.isAfter(date.end()) && !date.start().isAfter(end);
        }
    }

    private final Map<String, List<Entry>> byKey = new HashMap<>();
    private final Map<Long, String> keyById = new HashMap<>();

    /** @param slugs the agreement's partners, any order */
    void add(Entry entry, Collection<String> slugs, String title) {
        String key = key(slugs, title);
        List<Entry> entries = byKey.computeIfAbsent(key, k -> new ArrayList<>());
        entries.add(entry);
        if (entry.id != null) {
            entries.sort(Comparator.comparing((Entry e) -> e.id == null).thenComparing(e -> e.id == null ? 0 : e.id));
            keyById.put(entry.id, key);
        }
    }

    /** An agreement written (its id known) or changed: it is found by what it says now. */
    void move(long id, Collection<String> slugs, String title, PartialDate signedOn) {
        String old = keyById.remove(id);
        if (old != null) {
            byKey.get(old).removeIf(e -> e.id != null && e.id == id);
        }
        add(new Entry(id, signedOn), slugs, title);
    }

    /** The entries were written: their ids are known now (in the order they were added). */
    void written(Entry entry, Collection<String> slugs, String title) {
        keyById.put(entry.id, key(slugs, title));
    }

    Optional<Entry> find(Collection<String> slugs, PartialDate signedOn, String title) {
        if (slugs.isEmpty() || signedOn == null || title == null) {
            return Optional.empty();
        }
        return byKey.getOrDefault(key(slugs, title), List.of()).stream().filter(e -> e.overlaps(signedOn)).findFirst();
    }

    private static String key(Collection<String> slugs, String title) {
        // Slugs are [a-z0-9-]: neither a comma nor a line break occurs in one.
        return String.join(",", slugs.stream().distinct().sorted().toList()) + "\n"
                + title.strip().toLowerCase(Locale.ROOT);
    }
}
