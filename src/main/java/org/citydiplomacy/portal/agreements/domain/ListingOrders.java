package org.citydiplomacy.portal.agreements.domain;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

import org.citydiplomacy.portal.agreements.AgreementFilter;
import org.citydiplomacy.portal.agreements.AgreementSort;
import org.citydiplomacy.portal.shared.Audience;
import org.citydiplomacy.portal.shared.DataVersion;
import org.citydiplomacy.portal.shared.PageQuery;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The public listing's whole order, unfiltered: the ids of its rows by position, read once per data
 * version, so that any page of it is found by its ids instead of by {@code LIMIT}/{@code OFFSET} on the
 * order index. A statement with {@code LIMIT} and {@code OFFSET} parameters has to be planned at every
 * call (its generic plan sorts the whole table, 62 ms at 100,000 agreements); planning it was as much of
 * the database's time as running it (issue 13). A page by its ids is planned once per connection.
 *
 * <p>Newest and oldest first are one order, read both ways: its index holds every column it needs (an
 * index-only scan, 23 ms at 100,000 agreements). The title order is not offered: its index is on an
 * expression, which PostgreSQL does not read index-only, and reading the order took a sort of the
 * table (326 ms); its deep pages start from the rows seen before them ({@link ListingMarks}). Only the
 * newest version is kept, per audience: 8 bytes an agreement (some 800 KB at 100,000). A page read
 * through an order returns the data version it was read at, and the caller reads it the usual way
 * when that is not the order's version, so a page never mixes two versions of the data.
 */
@Component
class ListingOrders {

    /** The ids of the listing's rows, newest first, and the data version they were read at. */
    record Order(long version, long[] ids) {

        /** The ids of the rows at positions {@code offset} to {@code offset + size}, in the sort's order. */
        long[] slice(AgreementSort sort, long offset, int size) {
            int from = (int) Math.min(offset, ids.length);
            int to = (int) Math.min(offset + size, ids.length);
            long[] page = new long[to - from];
            boolean reversed = sort == AgreementSort.OLDEST;
            for (int i = from; i < to; i++) {
                page[i - from] = reversed ? ids[ids.length - 1 - i] : ids[i];
            }
            return page;
        }
    }

    private final JdbcClient jdbc;
    private final ListingCounts counts;
    private final Map<Audience, Order> newest = new ConcurrentHashMap<>();
    private final Map<Audience, Object> building = new ConcurrentHashMap<>();

    /** The data version, read when a deep page ran past the end of the order it was given. */
    private final LongSupplier currentVersion;

    @Autowired
    ListingOrders(JdbcClient jdbc, ListingCounts counts, DataVersion dataVersion) {
        this(jdbc, counts, dataVersion::current);
    }

    ListingOrders(JdbcClient jdbc, ListingCounts counts, LongSupplier currentVersion) {
        this.jdbc = jdbc;
        this.counts = counts;
        this.currentVersion = currentVersion;
    }

    /** Whether pages in this order can be read from the whole listing's order. */
    static boolean serves(AgreementSort sort) {
        return sort == AgreementSort.NEWEST || sort == AgreementSort.OLDEST;
    }

    /** The order kept for the listing at {@code version}, if it has been read at that version. */
    Order kept(Audience audience, long version) {
        Order order = newest.get(audience);
        return order != null && order.version() == version ? order : null;
    }

    /**
     * The order at {@code version} or later: the one kept, else read now (one statement). Concurrent
     * first readers of a version wait for one reading of it.
     */
    Order at(Audience audience, long version) {
        Order order = newest.get(audience);
        if (order != null && order.version() >= version) {
            return order;
        }
        synchronized (building.computeIfAbsent(audience, k -> new Object())) {
            order = newest.get(audience);
            if (order != null && order.version() >= version) {
                return order;
            }
            Order read = read(audience);
            // Its length is the listing's count at that version: no count statement for the page.
            counts.remember(AgreementFilter.none(), audience, read.version(), read.ids().length);
            newest.merge(audience, read, (old, fresh) -> fresh.version() >= old.version() ? fresh : old);
            return read;
        }
    }

    /**
     * A page of the listing, unfiltered, by the ids at its positions in the order: one statement,
     * planned once per connection. The order is read for a deep page (past
     * {@link AgreementListingQueries#DIRECT_SKIP} rows) when it is not kept for the data version; a page
     * nearer the start uses it only when it is kept, so the first readers after a change do not wait for
     * it. Null when the order is not at the version the page is read at: the caller reads the page the
     * usual way.
     *
     * <p>{@code version} is the data version the request has read, or {@link DataVersion#UNKNOWN}: then
     * the newest order kept is tried, and the version the page's statement saw says whether it was
     * current. A request that needed the version for nothing else (an API page nobody asked for before)
     * does not read it first: one statement instead of two (issue 13). When the data changed since
     * the order was read, a deep page reads the order at the version its statement saw and is read
     * again by it.
     */
    AgreementListingQueries.Page page(AgreementSort sort, PageQuery page, Audience audience, long version) {
        boolean deep = page.offset() > AgreementListingQueries.DIRECT_SKIP;
        boolean known = version != DataVersion.UNKNOWN;
        Order order = deep ? at(audience, version) : known ? kept(audience, version) : newest.get(audience);
        if (order == null || known && order.version() != version) {
            return null;
        }
        ByIds read = byIds(order, sort, page, audience);
        if (read.page() == null && !known && deep) {
            // Past the end of the order no statement ran: the order may be of a shorter, older listing.
            long seen = read.seen() != DataVersion.UNKNOWN ? read.seen() : currentVersion.getAsLong();
            if (seen > order.version()) {
                read = byIds(at(audience, seen), sort, page, audience);
            }
        }
        return read.page();
    }

    /** A page read by its ids in {@code order}, or null if the data was not at the order's version; and the version seen. */
    private record ByIds(AgreementListingQueries.Page page, long seen) {
    }

    private ByIds byIds(Order order, AgreementSort sort, PageQuery page, Audience audience) {
        long[] ids = order.slice(sort, page.offset(), page.size());
        if (ids.length == 0) {
            return new ByIds(null, DataVersion.UNKNOWN);
        }
        SummaryRows.ByIds read = SummaryRows.byIds(jdbc, ids, audience, List.of());
        if (read.version() != order.version() || read.rows() == null) {
            return new ByIds(null, read.version());
        }
        return new ByIds(new AgreementListingQueries.Page(read.rows(), read.version(), false, null), read.version());
    }

    /** Every row's id, newest first (from the listing's index), and the data version, in one snapshot. */
    private Order read(Audience audience) {
        long[][] ids = { new long[1024] };
        int[] count = { 0 };
        long[] version = { -1 };
        jdbc.sql("SELECT a.id, (SELECT version FROM data_version WHERE id) AS data_version FROM agreement a WHERE "
                        + audience.visibilityCondition("a.visibility") + " ORDER BY " + AgreementSort.NEWEST.orderBy())
                .query(rs -> {
                    if (count[0] == ids[0].length) {
                        ids[0] = Arrays.copyOf(ids[0], count[0] * 2);
                    }
                    ids[0][count[0]++] = rs.getLong(1);
                    version[0] = rs.getLong(2);
                });
        if (version[0] < 0) {
            // No rows, so no version read: an empty order that no version matches.
            return new Order(-1, new long[0]);
        }
        return new Order(version[0], Arrays.copyOf(ids[0], count[0]));
    }
}
