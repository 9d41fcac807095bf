package org.citydiplomacy.portal.agreements.domain;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.citydiplomacy.portal.agreements.AgreementFacets;
import org.citydiplomacy.portal.agreements.AgreementSort;
import org.citydiplomacy.portal.agreements.AgreementType;
import org.citydiplomacy.portal.agreements.CooperationArea;
import org.citydiplomacy.portal.partners.PartnerRef;
import org.citydiplomacy.portal.shared.Audience;
import org.citydiplomacy.portal.shared.PageQuery;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What the public listing's searches need to know of every agreement the public sees, at one data
 * version: its place in the listing's order (newest first) and, for the facets, its type, year, areas
 * and published partners. A search's matches, found by the database, are turned into their places: the
 * first page is the smallest places, the facet counts a pass over them. About 40 bytes an agreement
 * (4 MB at 100,000).
 */
final class SearchSnapshot {

    private static final AgreementType[] TYPES = AgreementType.values();
    private static final CooperationArea[] AREAS = CooperationArea.values();

    final long version;
    /** The agreements' ids by their place in the listing's order, newest first. */
    private final long[] ids;
    /** The same ids sorted, and each one's place: an id's place by binary search (when placeById is null). */
    private final long[] sortedIds;
    private final int[] placeOfSorted;
    /** Each id's place, indexed by the id, -1 for none; null when the ids are too sparse for it. */
    private final int[] placeById;
    private final byte[] types;
    private final short[] years;
    private final int[] areas;
    /** The published partners of the agreement at place i are {@code partnerOf[partnerFrom[i] .. partnerFrom[i + 1]]}. */
    private final int[] partnerFrom;
    private final int[] partnerOf;
    private final PartnerRef[] partners;
    private final int firstYear;
    private final int lastYear;

    SearchSnapshot(long version, long[] ids, byte[] types, short[] years, int[] areas, int[] partnerFrom,
            int[] partnerOf, PartnerRef[] partners) {
        this.version = version;
        this.ids = ids;
        this.types = types;
        this.years = years;
        this.areas = areas;
        this.partnerFrom = partnerFrom;
        this.partnerOf = partnerOf;
        this.partners = partners;
        long maxId = 0;
        for (long id : ids) {
            maxId = Math.max(maxId, id);
        }
        // Ids from one sequence are dense: a place for every id up to the largest (4 bytes each) when that is
        // at most a few times the agreements, else a binary search in the sorted ids.
        if (maxId < 4L * ids.length + 1024) {
            this.placeById = new int[(int) maxId + 1];
            Arrays.fill(placeById, -1);
            for (int i = 0; i < ids.length; i++) {
                placeById[(int) ids[i]] = i;
            }
            this.sortedIds = null;
            this.placeOfSorted = null;
        }
        else {
            this.placeById = null;
            Integer[] order = new Integer[ids.length];
            for (int i = 0; i < order.length; i++) {
                order[i] = i;
            }
            Arrays.sort(order, (a, b) -> Long.compare(ids[a], ids[b]));
            this.sortedIds = new long[ids.length];
            this.placeOfSorted = new int[ids.length];
            for (int i = 0; i < order.length; i++) {
                sortedIds[i] = ids[order[i]];
                placeOfSorted[i] = order[i];
            }
        }
        int first = Integer.MAX_VALUE;
        int last = Integer.MIN_VALUE;
        for (short year : years) {
            first = Math.min(first, year);
            last = Math.max(last, year);
        }
        this.firstYear = first;
        this.lastYear = last;
    }

    /**
     * The snapshot at the current data version, in two statements that each say the version they saw;
     * null when the data changed between them (the next search asks again).
     */
    static SearchSnapshot read(JdbcClient jdbc, Audience audience) {
        long[] version = { -1 };
        long[][] ids = { new long[1024] };
        byte[][] types = { new byte[1024] };
        short[][] years = { new short[1024] };
        int[][] areas = { new int[1024] };
        long[][] partnerIds = { new long[1024] };
        int[][] partnerFrom = { new int[1025] };
        int[] count = { 0 };
        int[] links = { 0 };
        jdbc.sql("SELECT f.id, f.type, extract(year FROM f.signed_on)::int AS year, f.areas, f.partner_ids,"
                        + " (SELECT version FROM data_version WHERE id) AS data_version"
                        + " FROM agreement_facet f WHERE f.visibility IN (:visible) ORDER BY f.signed_on DESC, f.id DESC")
                .param("visible", audience.visibleValues())
                .query((ResultSet rs) -> {
                    int i = count[0];
                    if (i == ids[0].length) {
                        ids[0] = Arrays.copyOf(ids[0], i * 2);
                        types[0] = Arrays.copyOf(types[0], i * 2);
                        years[0] = Arrays.copyOf(years[0], i * 2);
                        areas[0] = Arrays.copyOf(areas[0], i * 2);
                        partnerFrom[0] = Arrays.copyOf(partnerFrom[0], i * 2 + 1);
                    }
                    ids[0][i] = rs.getLong("id");
                    types[0][i] = (byte) AgreementType.valueOf(rs.getString("type")).ordinal();
                    years[0][i] = (short) rs.getInt("year");
                    int mask = 0;
                    for (Object area : (Object[]) arrayOf(rs.getArray("areas"))) {
                        mask |= 1 << CooperationArea.valueOf((String) area).ordinal();
                    }
                    areas[0][i] = mask;
                    partnerFrom[0][i] = links[0];
                    for (Object partner : (Object[]) arrayOf(rs.getArray("partner_ids"))) {
                        if (links[0] == partnerIds[0].length) {
                            partnerIds[0] = Arrays.copyOf(partnerIds[0], links[0] * 2);
                        }
                        partnerIds[0][links[0]++] = ((Number) partner).longValue();
                    }
                    version[0] = rs.getLong("data_version");
                    count[0]++;
                });
        int n = count[0];
        partnerFrom[0][n] = links[0];
        Map<Long, Integer> partnerPlace = new HashMap<>();
        List<PartnerRef> refs = new ArrayList<>();
        long[] partnersVersion = { -1 };
        jdbc.sql("SELECT p.id, p.slug, p.name, p.name_ja, (SELECT version FROM data_version WHERE id) AS data_version"
                        + " FROM partner p WHERE p.visibility IN (:visible) ORDER BY p.id")
                .param("visible", audience.visibleValues())
                .query((ResultSet rs) -> {
                    partnerPlace.put(rs.getLong("id"), refs.size());
                    refs.add(new PartnerRef(rs.getString("slug"), rs.getString("name"), rs.getString("name_ja")));
                    partnersVersion[0] = rs.getLong("data_version");
                });
        if (n == 0 || partnersVersion[0] != -1 && partnersVersion[0] != version[0]) {
            return null;
        }
        // Only the partners the audience sees are counted, as the facet statement joins them.
        int[] from = new int[n + 1];
        int[] of = new int[links[0]];
        int kept = 0;
        for (int i = 0; i < n; i++) {
            from[i] = kept;
            for (int l = partnerFrom[0][i]; l < partnerFrom[0][i + 1]; l++) {
                Integer place = partnerPlace.get(partnerIds[0][l]);
                if (place != null) {
                    of[kept++] = place;
                }
            }
        }
        from[n] = kept;
        return new SearchSnapshot(version[0], Arrays.copyOf(ids[0], n), Arrays.copyOf(types[0], n),
                Arrays.copyOf(years[0], n), Arrays.copyOf(areas[0], n), from, Arrays.copyOf(of, kept),
                refs.toArray(PartnerRef[]::new));
    }

    private static Object arrayOf(Array array) throws SQLException {
        return array == null ? new Object[0] : array.getArray();
    }

    /** An agreement's place in the listing's order, or -1 if the public does not see it at this version. */
    int placeOf(long id) {
        if (placeById != null) {
            return id >= 0 && id < placeById.length ? placeById[(int) id] : -1;
        }
        int at = Arrays.binarySearch(sortedIds, id);
        return at < 0 ? -1 : placeOfSorted[at];
    }

    /**
     * The places of the first {@code count} ids, ascending; null if one is not in the listing at this version
     * (the matches were found at another).
     */
    int[] placesOf(long[] ids, int count) {
        int[] places = new int[count];
        for (int i = 0; i < count; i++) {
            places[i] = placeOf(ids[i]);
            if (places[i] < 0) {
                return null;
            }
        }
        Arrays.sort(places);
        return places;
    }

    /** The ids of a page of the matches (their places, in ascending order), newest or oldest first. */
    long[] page(int[] places, AgreementSort sort, PageQuery page) {
        int total = places.length;
        long from = Math.min(page.offset(), total);
        long to = Math.min(page.offset() + page.size(), total);
        long[] result = new long[(int) (to - from)];
        for (long k = from; k < to; k++) {
            long rank = sort == AgreementSort.OLDEST ? total - 1 - k : k;
            result[(int) (k - from)] = ids[places[(int) rank]];
        }
        return result;
    }

    /**
     * The ids of a page of the matches given as a bit set over their ids (SearchLexicon), newest or oldest
     * first: the listing read in its order until the page is full, which for a word held by one agreement in
     * ten is some ten places for every row shown.
     */
    long[] page(long[] matches, AgreementSort sort, PageQuery page) {
        long[] result = new long[page.size()];
        long skip = page.offset();
        int n = 0;
        for (int k = 0; k < ids.length && n < result.length; k++) {
            long id = ids[sort == AgreementSort.OLDEST ? ids.length - 1 - k : k];
            if (SearchLexicon.holds(matches, id) && skip-- <= 0) {
                result[n++] = id;
            }
        }
        return Arrays.copyOf(result, n);
    }

    /** How many agreements the public sees at this version. */
    int size() {
        return ids.length;
    }

    /** Every option's count over the matches, as the facet statement counts a search's words alone. */
    AgreementFacets facets(int[] places) {
        long[] byType = new long[TYPES.length];
        long[] byArea = new long[AREAS.length];
        long[] byYear = new long[Math.max(0, lastYear - firstYear + 1)];
        long[] byPartner = new long[partners.length];
        for (int place : places) {
            byType[types[place]]++;
            byYear[years[place] - firstYear]++;
            int mask = areas[place];
            while (mask != 0) {
                byArea[Integer.numberOfTrailingZeros(mask)]++;
                mask &= mask - 1;
            }
            for (int l = partnerFrom[place]; l < partnerFrom[place + 1]; l++) {
                byPartner[partnerOf[l]]++;
            }
        }
        Map<AgreementType, Long> typeCounts = new EnumMap<>(AgreementType.class);
        for (AgreementType type : TYPES) {
            typeCounts.put(type, byType[type.ordinal()]);
        }
        Map<CooperationArea, Long> areaCounts = new EnumMap<>(CooperationArea.class);
        for (CooperationArea area : AREAS) {
            areaCounts.put(area, byArea[area.ordinal()]);
        }
        TreeMap<Integer, Long> yearCounts = new TreeMap<>();
        for (int y = 0; y < byYear.length; y++) {
            if (byYear[y] > 0) {
                yearCounts.put(firstYear + y, byYear[y]);
            }
        }
        List<AgreementFacets.PartnerCount> partnerCounts = new ArrayList<>();
        for (int p = 0; p < partners.length; p++) {
            if (byPartner[p] > 0) {
                partnerCounts.add(new AgreementFacets.PartnerCount(partners[p], byPartner[p]));
            }
        }
        return AgreementFacets.of(places.length, partnerCounts, typeCounts, areaCounts, yearCounts);
    }

}
