package org.citydiplomacy.portal.meetings;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;

import org.citydiplomacy.portal.partners.PartnerRef;

/**
 * How many meetings each filter option would give, the other filters staying as they are.
 * {@code partners} holds the partners with at least one result, plus the chosen one.
 */
public record MeetingFacets(long total, List<PartnerCount> partners, Map<MeetingKind, Long> kinds,
        NavigableMap<Integer, Long> years) {

    public record PartnerCount(PartnerRef partner, long count) {
    }

    public MeetingFacets {
        partners = List.copyOf(partners);
        kinds = Collections.unmodifiableMap(new EnumMap<>(kinds));
        years = Collections.unmodifiableNavigableMap(years);
    }

    public long count(MeetingKind kind) {
        return kinds.getOrDefault(kind, 0L);
    }

    /** The years that have meetings, newest first, with the chosen one even if it has none. */
    public List<Map.Entry<Integer, Long>> yearsNewestFirst() {
        return List.copyOf(years.descendingMap().entrySet());
    }
}
