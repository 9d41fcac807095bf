package org.citydiplomacy.portal.agreements.domain;

import static org.citydiplomacy.portal.agreements.domain.AgreementFilterSql.conditions;

import java.sql.ResultSet;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executor;

import org.citydiplomacy.portal.agreements.AgreementFacets;
import org.citydiplomacy.portal.agreements.AgreementFilter;
import org.citydiplomacy.portal.agreements.AgreementSort;
import org.citydiplomacy.portal.agreements.AgreementSummary;
import org.citydiplomacy.portal.agreements.domain.AgreementFilterSql.Conditions;
import org.citydiplomacy.portal.agreements.domain.AgreementListingQueries.Plan;
import org.citydiplomacy.portal.shared.Audience;
import org.citydiplomacy.portal.shared.DataVersion;
import org.citydiplomacy.portal.shared.PageQuery;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The public listing searched by words alone, in two statements. When the words of every public
 * agreement are kept in memory ({@link SearchLexicon}, at the data version of the snapshot kept), the
 * first statement only has the database write the query (it stems the words) and read the data
 * version; the matches are worked out from the lexicon. Otherwise the first statement reads the ids of
 * the matches, up to the counting limit, with the data version. Either way the matches' facet counts and
 * page are then worked out from a {@link SearchSnapshot} of the public listing at that version, and the
 * page's rows read by their ids with their excerpts. The database's way was a statement counting each
 * option (joining every match to its areas and partners: 73% of a new word's database time) and
 * another finding the matches again for the page (issue 13).
 *
 * <p>Past the counting limit the total is "more than" the limit and the options are not counted, as the
 * database's way answers; the page is the first matches in the listing's order (from the lexicon) or the
 * listing statement's (from the database). Everything else is answered as before: another filter than
 * words, a word checked as typed, staff, the title order, or a data version the snapshot is not at.
 * {@link SearchMemory} reads the snapshot and the lexicon in the background, so that no reader waits for
 * them. SearchMatchIndexTest compares the answers every way.
 */
@Component
public class SearchMatchIndex implements DisposableBean {

    /** A search's rows, its total, its facets (uncounted past the counting limit) and the data version they are of. */
    public record Found(List<AgreementSummary> rows, long total, AgreementFacets facets, long version) {
    }

    private final JdbcClient jdbc;
    private final DataVersion dataVersion;
    private final AgreementListingQueries listing;
    private final boolean enabled;
    private final SearchMemory memory;

    @Autowired
    SearchMatchIndex(JdbcClient jdbc, PlatformTransactionManager transactions, DataVersion dataVersion,
            AgreementListingQueries listing, @Value("${portal.search.snapshot.enabled:true}") boolean enabled,
            @Value("${portal.search.lexicon.enabled:true}") boolean lexicons) {
        this(jdbc, transactions, dataVersion, listing, enabled, lexicons, SearchMemory.backgroundThread());
    }

    /** With the snapshot and lexicon read by {@code reader} (tests read them in the calling thread). */
    SearchMatchIndex(JdbcClient jdbc, PlatformTransactionManager transactions, DataVersion dataVersion,
            AgreementListingQueries listing, boolean enabled, boolean lexicons, Executor reader) {
        this.jdbc = jdbc;
        this.dataVersion = dataVersion;
        this.listing = listing;
        this.enabled = enabled;
        this.memory = new SearchMemory(jdbc, new SearchLexiconReader(jdbc, transactions), enabled && lexicons, reader);
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
        if (known != DataVersion.UNKNOWN && !memory.at(known, audience)) {
            return Optional.empty();
        }
        SearchLexicon words = memory.lexicon();
        SearchSnapshot current = memory.snapshot();
        if (words != null && current != null && words.version == current.version && !c.checkedAsTyped()
                && (known == DataVersion.UNKNOWN || known == words.version)) {
            Optional<Found> found = fromLexicon(words, current, c, filter, sort, page, audience);
            if (found != null) {
                return found;
            }
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
        if (!memory.at(version[0], audience)) {
            return Optional.empty();
        }
        SearchSnapshot kept = memory.snapshot();
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
        int[] places = kept.placesOf(ids, count[0]);
        if (places == null) {
            return Optional.empty();
        }
        return rowsOf(kept, kept.page(places, sort, page), places.length, kept.facets(places), audience, filter);
    }

    /**
     * The search answered from the lexicon, in two statements: the query as the database writes it (it
     * stems the words) with the data version, and the page's rows. Null when the database is to answer it
     * as before: the query is not of the kind the lexicon reads, or the data changed since it was read
     * (then empty, the version being known to the request).
     */
    private Optional<Found> fromLexicon(SearchLexicon words, SearchSnapshot kept, Conditions c, AgreementFilter filter,
            AgreementSort sort, PageQuery page, Audience audience) {
        String[] query = { null };
        long[] version = { DataVersion.UNKNOWN };
        jdbc.sql("SELECT (" + c.matchQuery() + ")::text AS query, version FROM data_version WHERE id")
                .params(c.params())
                .query((ResultSet rs) -> {
                    query[0] = rs.getString("query");
                    version[0] = rs.getLong("version");
                });
        dataVersion.remember(version[0]);
        if (version[0] != words.version) {
            memory.at(version[0], audience);
            return Optional.empty();
        }
        long[] matches = SearchQueryText.matches(query[0], words);
        if (matches == SearchQueryText.UNREADABLE) {
            return null;
        }
        if (SearchLexicon.count(matches) > AgreementFacets.SEARCH_COUNT_LIMIT) {
            // Past the counting limit, as the database's way answers: "more than" the limit, options uncounted.
            return rowsOf(kept, kept.page(matches, sort, page), AgreementFacets.SEARCH_COUNT_LIMIT + 1,
                    AgreementFacets.uncounted(AgreementFacets.SEARCH_COUNT_LIMIT), audience, filter);
        }
        long[] ids = Arrays.stream(SearchLexicon.idsOf(matches)).asLongStream().toArray();
        int[] places = kept.placesOf(ids, ids.length);
        if (places == null) {
            return null;
        }
        return rowsOf(kept, kept.page(places, sort, page), places.length, kept.facets(places), audience, filter);
    }

    /** The page's rows read by their ids, or empty if the data changed. */
    private Optional<Found> rowsOf(SearchSnapshot kept, long[] pageIds, long total, AgreementFacets facets,
            Audience audience, AgreementFilter filter) {
        if (pageIds.length == 0) {
            return Optional.of(new Found(List.of(), total, facets, kept.version));
        }
        SummaryRows.ByIds read = SummaryRows.byIds(jdbc, pageIds, audience, filter.words());
        return read.rows() == null || read.version() != kept.version ? Optional.empty()
                : Optional.of(new Found(read.rows(), total, facets, kept.version));
    }

    /**
     * Once the portal is ready, the snapshot and the lexicon are read in the background, so that the first
     * searches do not wait for them (the lexicon of 100,000 agreements takes seconds of both processes).
     */
    @EventListener
    void readWhenReady(ApplicationReadyEvent ready) {
        if (enabled) {
            memory.readInBackground(Audience.PUBLIC, DataVersion.UNKNOWN);
        }
    }

    /** Reads the snapshot and the lexicon now, even if a lexicon was read in full a moment ago (tests). */
    void refresh(Audience audience) {
        memory.refresh(audience, DataVersion.UNKNOWN, true);
    }

    /** The lexicon kept, or null (tests). */
    SearchLexicon lexicon() {
        return memory.lexicon();
    }

    /** The snapshot kept, or null (tests). */
    SearchSnapshot snapshot() {
        return memory.snapshot();
    }

    @Override
    public void destroy() {
        memory.close();
    }
}
