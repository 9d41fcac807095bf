package org.citydiplomacy.portal.agreements.domain;

import static org.citydiplomacy.portal.agreements.domain.AgreementFilterSql.conditions;
import static org.citydiplomacy.portal.agreements.domain.AgreementFilterSql.matchLateral;
import static org.citydiplomacy.portal.agreements.domain.AgreementFilterSql.partnersLateral;

import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
import org.roaringbitmap.RoaringBitmap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The public listing's searches by words alone, answered from a {@link SearchSnapshot}: the search's
 * tsquery is written out by the database ({@code search_exact_query}, one short statement that also says
 * the data version), each of its words' matches is read from the search index once per data version and
 * kept, and the search's matches, total, facet counts and page are worked out here from them; the page's
 * rows are then read by their ids, with their excerpts. A new search made of words searched before (a
 * reader typing "touris", then "tourism"; two words each searched alone before) costs two short
 * statements instead of the facet statement and the page statement (issue 13: 73% and 27% of a new
 * word's database time, which was 60% of its cost).
 *
 * <p>Everything else is answered by the database alone, as before, and so is any search this cannot
 * answer exactly as the database would: another filter than words, staff, the title order, words
 * checked as typed (one letter, punctuation), a tsquery of another shape than words joined by AND and
 * OR, or a data version the snapshot is not at. A snapshot is read in the background when a search
 * sees a newer version than the one kept, so that no reader waits for it; until then searches go to the
 * database. SearchMatchIndexTest compares the answers of both ways.
 */
@Component
public class SearchMatchIndex implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(SearchMatchIndex.class);

    /** A search's rows, its total, its facets (uncounted past the counting limit) and the data version they are of. */
    public record Found(List<AgreementSummary> rows, long total, AgreementFacets facets, long version) {
    }

    private final JdbcClient jdbc;
    private final DataVersion dataVersion;
    private final boolean enabled;
    private final long maxBytes;
    private volatile SearchSnapshot snapshot;
    private final AtomicBoolean reading = new AtomicBoolean();
    private final ExecutorService reader = new ThreadPoolExecutor(1, 1, 0, TimeUnit.SECONDS,
            new LinkedBlockingQueue<>(), runnable -> {
                Thread thread = new Thread(runnable, "search-snapshot");
                thread.setDaemon(true);
                return thread;
            });

    SearchMatchIndex(JdbcClient jdbc, DataVersion dataVersion,
            @Value("${portal.search.index.enabled:true}") boolean enabled,
            @Value("${portal.search.index.max-bytes:16000000}") long maxBytes) {
        this.jdbc = jdbc;
        this.dataVersion = dataVersion;
        this.enabled = enabled;
        this.maxBytes = maxBytes;
    }

    /**
     * A page of the public listing searched by words alone, with its total and facets, or empty when
     * the database is to answer it. At most three statements: the tsquery, the matches of words not
     * kept, the page's rows.
     */
    public Optional<Found> find(AgreementFilter filter, AgreementSort sort, PageQuery page, Audience audience) {
        if (!enabled || audience != Audience.PUBLIC || !ListingOrders.serves(sort)) {
            return Optional.empty();
        }
        Conditions c = conditions(filter, audience, Plan.MATCHES_FIRST);
        if (!c.wordsAlone() || c.checkedAsTyped()) {
            return Optional.empty();
        }
        long[] version = { DataVersion.UNKNOWN };
        String[] query = { null };
        jdbc.sql("SELECT search_exact_query(" + c.matchQuery() + ")::text AS q,"
                        + " (SELECT version FROM data_version WHERE id) AS data_version")
                .params(c.params())
                .query((ResultSet rs) -> {
                    query[0] = rs.getString("q");
                    version[0] = rs.getLong("data_version");
                });
        dataVersion.remember(version[0]);
        SearchSnapshot kept = snapshot;
        if (kept == null || kept.version != version[0]) {
            if (kept == null || kept.version < version[0]) {
                readSnapshot(audience);
            }
            return Optional.empty();
        }
        SearchQueryTree tree = SearchQueryTree.parse(query[0]);
        if (tree == null) {
            return Optional.empty();
        }
        Map<String, RoaringBitmap> matches = kept.matchesOf(tree.operands(), jdbc, audience);
        if (matches == null) {
            return Optional.empty();
        }
        RoaringBitmap rows = tree.matches(matches::get);
        long total = rows.getLongCardinality();
        AgreementFacets facets = total > AgreementFacets.SEARCH_COUNT_LIMIT
                ? AgreementFacets.uncounted(AgreementFacets.SEARCH_COUNT_LIMIT)
                : kept.facets(rows);
        long[] ids = kept.page(rows, sort, page);
        if (ids.length == 0) {
            return Optional.of(new Found(List.of(), total, facets, kept.version));
        }
        List<AgreementSummary> read = rows(ids, filter.words(), audience, kept.version);
        return read == null ? Optional.empty() : Optional.of(new Found(read, total, facets, kept.version));
    }

    /** The rows of these ids with where the words are found in each, in that order; null if not at {@code version}. */
    private List<AgreementSummary> rows(long[] ids, List<String> words, Audience audience, long version) {
        long[] seen = { DataVersion.UNKNOWN };
        Map<Long, AgreementSummary> byId = new HashMap<>();
        jdbc.sql("SELECT " + SummaryRows.COLUMNS + ", ps.*, m.*, (SELECT version FROM data_version WHERE id) AS data_version"
                        + " FROM agreement a " + partnersLateral(audience) + matchLateral()
                        + " WHERE a.id = ANY(:ids) AND " + audience.visibilityCondition("a.visibility"))
                .param("ids", ids)
                .param("hit", SearchWords.excerptWord(words))
                .query((ResultSet rs) -> {
                    seen[0] = rs.getLong("data_version");
                    AgreementSummary row = SummaryRows.summary(rs, SummaryRows.match(rs, words));
                    byId.put(row.id(), row);
                });
        if (seen[0] != version || byId.size() != ids.length) {
            return null;
        }
        List<AgreementSummary> rows = new ArrayList<>(ids.length);
        for (long id : ids) {
            rows.add(byId.get(id));
        }
        return rows;
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
            SearchSnapshot read = SearchSnapshot.read(jdbc, audience, maxBytes);
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
        reader.shutdownNow();
    }
}
