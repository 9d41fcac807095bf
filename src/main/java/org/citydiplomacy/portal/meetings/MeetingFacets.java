package org.citydiplomacy.portal.meetings;

import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NavigableMap;

import org.citydiplomacy.portal.partners.PartnerRef;
import org.citydiplomacy.portal.shared.Texts;

/**
 * How many meetings each filter option would give, the other filters staying as they are.
 * {@code partners} holds the partners with at least one result, plus the chosen one, ordered by
 * their English names; {@code partnersJa} the same ordered by their Japanese names.
 */
public record MeetingFacets(long total, List<PartnerCount> partners, List<PartnerCount> partnersJa,
        Map<MeetingKind, Long> kinds, NavigableMap<Integer, Long> years) {

    public record PartnerCount(PartnerRef partner, long count) {
    }

    public MeetingFacets {
        partners = List.copyOf(partners);
        partnersJa = List.copyOf(partnersJa);
        kinds = Collections.unmodifiableMap(enumMap(MeetingKind.class, kinds));
        years = Collections.unmodifiableNavigableMap(years);
    }

    /** The partners ordered by their names in the reader's language. */
    public List<PartnerCount> partnersIn(Locale locale) {
        return Texts.japanese(locale) ? partnersJa : partners;
    }

    /** Builds the facets, ordering the partners for both languages once. */
    public static MeetingFacets of(long total, Collection<PartnerCount> partners, Map<MeetingKind, Long> kinds,
            NavigableMap<Integer, Long> years) {
        return new MeetingFacets(total, PartnerRef.sortedByName(partners, PartnerCount::partner, Locale.ENGLISH),
                PartnerRef.sortedByName(partners, PartnerCount::partner, Locale.JAPANESE), kinds, years);
    }

    public long count(MeetingKind kind) {
        return kinds.getOrDefault(kind, 0L);
    }

    /** The years that have meetings, newest first, with the chosen one even if it has none. */
    public List<Map.Entry<Integer, Long>> yearsNewestFirst() {
        return List.copyOf(years.descendingMap().entrySet());
    }

    private static <E extends Enum<E>> Map<E, Long> enumMap(Class<E> type, Map<E, Long> counts) {
        Map<E, Long> copy = new EnumMap<>(type);
        copy.putAll(counts);
        return copy;
    }
}
