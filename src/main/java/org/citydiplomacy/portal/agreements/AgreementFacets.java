package org.citydiplomacy.portal.agreements;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

import org.citydiplomacy.portal.partners.PartnerRef;
import org.citydiplomacy.portal.shared.Texts;

/**
 * How many agreements each filter option would give, the other filters staying as they are:
 * the counts of a faceted listing. {@code years} counts by signing year without the date range;
 * {@code partners} holds the partners with at least one result, plus the chosen one, ordered by
 * their English names; {@code partnersJa} the same ordered by their Japanese names.
 * <p>
 * When {@code countsHidden}, a search's words alone matched more than {@code total - 1}
 * agreements, which were not all counted: the options are the whole listing's, and their counts
 * are not for this search (see {@link #SEARCH_COUNT_LIMIT}).
 */
public record AgreementFacets(long total, List<PartnerCount> partners, List<PartnerCount> partnersJa,
        Map<AgreementType, Long> types, Map<CooperationArea, Long> areas, NavigableMap<Integer, Long> years,
        boolean countsHidden) {

    /**
     * How many matches of a search's words (with no other filter) are counted, with every option's
     * count. Counting a word found in most agreements means reading tens of thousands of rows
     * (docs/performance.md); past this many the listing says "more than" and offers every option
     * without a count, as search engines do. Any filter chosen with the words is counted in full.
     */
    public static final int SEARCH_COUNT_LIMIT = 2_000;

    public record PartnerCount(PartnerRef partner, long count) {
    }

    public AgreementFacets(long total, List<PartnerCount> partners, List<PartnerCount> partnersJa,
            Map<AgreementType, Long> types, Map<CooperationArea, Long> areas, NavigableMap<Integer, Long> years) {
        this(total, partners, partnersJa, types, areas, years, false);
    }

    /** A search's words matched more than {@code limit} agreements; which options to offer is the caller's. */
    public static AgreementFacets uncounted(long limit) {
        return new AgreementFacets(limit + 1, List.of(), List.of(), Map.of(), Map.of(), new TreeMap<>(), true);
    }

    /** The whole listing's options, for a search whose words matched more than {@code limit} agreements. */
    public AgreementFacets moreThan(long limit) {
        return new AgreementFacets(limit + 1, partners, partnersJa, types, areas, years, true);
    }

    public AgreementFacets {
        partners = List.copyOf(partners);
        partnersJa = List.copyOf(partnersJa);
        types = Collections.unmodifiableMap(enumMap(AgreementType.class, types));
        areas = Collections.unmodifiableMap(enumMap(CooperationArea.class, areas));
        years = Collections.unmodifiableNavigableMap(years);
    }

    /** The partners ordered by their names in the reader's language. */
    public List<PartnerCount> partnersIn(Locale locale) {
        return Texts.japanese(locale) ? partnersJa : partners;
    }

    /** Builds the facets, ordering the partners for both languages once. */
    public static AgreementFacets of(long total, Collection<PartnerCount> partners, Map<AgreementType, Long> types,
            Map<CooperationArea, Long> areas, NavigableMap<Integer, Long> years) {
        return new AgreementFacets(total, PartnerRef.sortedByName(partners, PartnerCount::partner, Locale.ENGLISH),
                PartnerRef.sortedByName(partners, PartnerCount::partner, Locale.JAPANESE), types, areas, years);
    }

    public long count(AgreementType type) {
        return types.getOrDefault(type, 0L);
    }

    public long count(CooperationArea area) {
        return areas.getOrDefault(area, 0L);
    }

    /** Results signed in {@code year}, whatever the date range. */
    public long count(int year) {
        return years.getOrDefault(year, 0L);
    }

    /** Every year from the first to the last that has agreements, newest first. */
    public List<Integer> yearsNewestFirst() {
        if (years.isEmpty()) {
            return List.of();
        }
        List<Integer> all = new ArrayList<>();
        for (int y = years.lastKey(); y >= years.firstKey(); y--) {
            all.add(y);
        }
        return all;
    }

    /** Results from {@code year} on, up to {@code toYear} if one is chosen. */
    public long fromCount(int year, Integer toYear) {
        if (toYear != null && toYear < year) {
            return 0;
        }
        return sum(years.subMap(year, true, toYear == null ? Integer.MAX_VALUE : toYear, true));
    }

    /** Results up to {@code year}, from {@code fromYear} if one is chosen. */
    public long toCount(int year, Integer fromYear) {
        if (fromYear != null && fromYear > year) {
            return 0;
        }
        return sum(years.subMap(fromYear == null ? Integer.MIN_VALUE : fromYear, true, year, true));
    }

    private static long sum(Map<Integer, Long> counts) {
        // A loop, not a stream: called for each year of two selects, some 5,000 sums a new filter.
        long total = 0;
        for (long count : counts.values()) {
            total += count;
        }
        return total;
    }

    private static <E extends Enum<E>> Map<E, Long> enumMap(Class<E> type, Map<E, Long> counts) {
        Map<E, Long> copy = new EnumMap<>(type);
        copy.putAll(counts);
        return copy;
    }
}
