package org.citydiplomacy.portal.agreements.domain;

import static org.citydiplomacy.portal.agreements.domain.AgreementFilterSql.conditions;

import java.sql.ResultSet;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.citydiplomacy.portal.agreements.AgreementFacets;
import org.citydiplomacy.portal.agreements.AgreementFilter;
import org.citydiplomacy.portal.agreements.AgreementSort;
import org.citydiplomacy.portal.agreements.AgreementSummary;
import org.citydiplomacy.portal.agreements.domain.AgreementFilterSql.Conditions;
import org.citydiplomacy.portal.agreements.domain.AgreementListingQueries.Plan;
import org.citydiplomacy.portal.shared.Audience;
import org.citydiplomacy.portal.shared.DataVersion;
import org.citydiplomacy.portal.shared.PageQuery;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The public listing searched by words alone, in two statements: the first reads the ids of the
 * matches, up to the counting limit, and the data version; the matches' facet counts and page are then
 * worked out from a {@link SearchSnapshot} of the public listing at that version, and the page's rows
 * read by their ids with their excerpts. The database's way was a statement counting each option
 * (joining every match to its areas and partners: 73% of a new word's database time) and another
 * finding the matches again for the page (issue 13).
 *
 * <p>When the words match more than the counting limit, the page is read by the database's listing
 * statement as before (the matches read are not the first ones in the listing's order). Everything
 * else is answered as before too: another filter than words, staff, the title order, or a data version
 * the snapshot is not at. A snapshot is read in the background when a search sees a newer version than
 * the one kept, so that no reader waits for it. SearchMatchIndexTest compares the answers both ways.
 */
@Component
public class SearchMatchIndex implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(SearchMatchIndex.class);

    /** A search's rows, its total, its facets (uncounted past the counting limit) and the data version they are of. */
    public record Found(List<AgreementSummary> rows, long total, AgreementFacets facets, long version) {
    }

    private final JdbcClient jdbc;
    private final DataVersion dataVersion;
    private final AgreementListingQueries listing;
    private final boolean enabled;
    private volatile SearchSnapshot snapshot;
    private final AtomicBoolean reading = new AtomicBoolean();
    /** The background thread: one, so that at most one connection reads a snapshot. */
    private final Executor reader;

    @Autowired
    SearchMatchIndex(JdbcClient jdbc, DataVersion dataVersion, AgreementListingQueries listing,
            @Value("${portal.search.snapshot.enabled:true}") boolean enabled) {
        this(jdbc, dataVersion, listing, enabled, new ThreadPoolExecutor(1, 1, 0, TimeUnit.SECONDS,
                new LinkedBlockingQueue<>(), runnable -> {
                    Thread thread = new Thread(runnable, "search-snapshot");
                    thread.setDaemon(true);
                    return thread;
                }));
    }

    /** With the snapshot read by {@code reader} (tests read it in the calling thread). */
    SearchMatchIndex(JdbcClient jdbc, DataVersion dataVersion, AgreementListingQueries listing, boolean enabled,
            Executor reader) {
        this.jdbc = jdbc;
        this.dataVersion = dataVersion;
        this.listing = listing;
        this.enabled = enabled;
        this.reader = reader;
    }

    /**
     * A page of the public listing searched by words alone, with its total and facets, or empty when
     * the database's statements are to answer it (the data version is then known to the request).
     */
    public Optional<Found> find(AgreementFilter filter, AgreementSort sort, PageQuery page, Audience audience) {
        if (!enabled || audience != Audience.PUBLIC || !ListingOrders.serves(sort)) {
            return Optional.empty();
        }
        Conditions c = conditions(filter, audience, Plan.MATCHES_FIRST);
        if (!c.wordsAlone()) {
            return Optional.empty();
        }
        long known = dataVersion.known();
        if (known != DataVersion.UNKNOWN && !snapshotAt(known, audience)) {
            return Optional.empty();
        }
        long[] version = { DataVersion.UNKNOWN };
        long[] ids = new long[AgreementFacets.SEARCH_COUNT_LIMIT + 1];
        int[] count = { 0 };
        jdbc.sql("SELECT a.id, v.version FROM (SELECT version FROM data_version WHERE id) v"
                        + " LEFT JOIN LATERAL " + c.matches(":count_limit") + " ON true")
                .params(c.params())
                .param("count_limit", AgreementFacets.SEARCH_COUNT_LIMIT + 1)
                .query((ResultSet rs) -> {
                    version[0] = rs.getLong("version");
                    long id = rs.getLong("id");
                    if (!rs.wasNull()) {
                        ids[count[0]++] = id;
                    }
                });
        dataVersion.remember(version[0]);
        if (!snapshotAt(version[0], audience)) {
            return Optional.empty();
        }
        SearchSnapshot kept = snapshot;
        if (kept.version != version[0]) {
            return Optional.empty();
        }
        if (count[0] > AgreementFacets.SEARCH_COUNT_LIMIT) {
            // More than are counted: the page is the listing statement's, planned as the database's way plans it.
            Plan plan = Plan.choose(filter, page, (long) count[0], (long) kept.size());
            AgreementListingQueries.Page read = listing.page(filter, sort, page, audience, plan, null);
            return Optional.of(new Found(read.rows(), count[0],
                    AgreementFacets.uncounted(AgreementFacets.SEARCH_COUNT_LIMIT), kept.version));
        }
        int[] places = new int[count[0]];
        for (int i = 0; i < places.length; i++) {
            places[i] = kept.placeOf(ids[i]);
            if (places[i] < 0) {
                return Optional.empty();
            }
        }
        Arrays.sort(places);
        AgreementFacets facets = kept.facets(places);
        long[] pageIds = kept.page(places, sort, page);
        if (pageIds.length == 0) {
            return Optional.of(new Found(List.of(), places.length, facets, kept.version));
        }
        SummaryRows.ByIds read = SummaryRows.byIds(jdbc, pageIds, audience, filter.words());
        return read.rows() == null || read.version() != kept.version ? Optional.empty()
                : Optional.of(new Found(read.rows(), places.length, facets, kept.version));
    }

    /**
     * Whether the snapshot kept is at {@code version}; if it is older (or there is none), one is read in
     * the background and the database answers meanwhile.
     */
    private boolean snapshotAt(long version, Audience audience) {
        SearchSnapshot kept = snapshot;
        if (kept != null && kept.version == version) {
            return true;
        }
        if (kept == null || kept.version < version) {
            readSnapshot(audience);
        }
        return false;
    }

    /** Reads the snapshot at the current version in the background, unless a reading is under way. */
    private void readSnapshot(Audience audience) {
        if (reading.compareAndSet(false, true)) {
            try {
                reader.execute(() -> {
                    try {
                        refresh(audience);
                    }
                    finally {
                        reading.set(false);
                    }
                });
            }
            catch (RuntimeException ex) {
                reading.set(false);
                throw ex;
            }
        }
    }

    /** Reads the snapshot now (the background reader, and tests). */
    void refresh(Audience audience) {
        try {
            SearchSnapshot read = SearchSnapshot.read(jdbc, audience);
            if (read != null && (snapshot == null || read.version > snapshot.version)) {
                snapshot = read;
            }
        }
        catch (DataAccessException ex) {
            // The database is away or busy: searches go on being answered by it, or not at all, as before.
            log.debug("search snapshot not read", ex);
        }
    }

    /** The snapshot kept, or null (tests). */
    SearchSnapshot snapshot() {
        return snapshot;
    }

    @Override
    public void destroy() {
        if (reader instanceof ExecutorService service) {
            service.shutdownNow();
        }
    }
}
