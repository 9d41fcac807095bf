package org.citydiplomacy.portal.agreements;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;

import org.citydiplomacy.portal.partners.PartnerRef;

/**
 * How many agreements each filter option would give, the other filters staying as they are:
 * the counts of a faceted listing. {@code years} counts by signing year without the date range;
 * {@code partners} holds the partners with at least one result, plus the chosen one.
 */
public record AgreementFacets(long total, List<PartnerCount> partners, Map<AgreementType, Long> types,
        Map<CooperationArea, Long> areas, NavigableMap<Integer, Long> years) {

    public record PartnerCount(PartnerRef partner, long count) {
    }

    public AgreementFacets {
        partners = List.copyOf(partners);
        types = Collections.unmodifiableMap(new EnumMap<>(types));
        areas = Collections.unmodifiableMap(new EnumMap<>(areas));
        years = Collections.unmodifiableNavigableMap(years);
    }

    public long count(AgreementType type) {
        return types.getOrDefault(type, 0L);
    }

    public long count(CooperationArea area) {
        return areas.getOrDefault(area, 0L);
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
        return counts.values().stream().mapToLong(Long::longValue).sum();
    }
}
