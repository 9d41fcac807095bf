package org.citydiplomacy.portal.agreements;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

import org.citydiplomacy.portal.agreements.domain.AgreementDeadlineQueries;
import org.citydiplomacy.portal.agreements.domain.AgreementDetailQueries;
import org.citydiplomacy.portal.agreements.domain.AgreementExportQueries;
import org.citydiplomacy.portal.agreements.domain.AgreementFacetQueries;
import org.citydiplomacy.portal.agreements.domain.AgreementListingQueries;
import org.citydiplomacy.portal.agreements.domain.AgreementListingQueries.Plan;
import org.citydiplomacy.portal.agreements.domain.ListingCounts;
import org.citydiplomacy.portal.agreements.domain.SearchMatchIndex;
import org.citydiplomacy.portal.shared.Audience;
import org.citydiplomacy.portal.shared.DataVersion;
import org.citydiplomacy.portal.shared.PageQuery;
import org.citydiplomacy.portal.shared.PageResult;
import org.citydiplomacy.portal.shared.RecordNotFoundException;
import org.citydiplomacy.portal.shared.SecondAsks;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

/** Reads agreements for the listing, the agreement pages, the API and other modules. */
@Service
@Transactional(readOnly = true)
public class AgreementService {

    private final AgreementListingQueries queries;
    private final AgreementFacetQueries facetQueries;
    private final AgreementDetailQueries details;
    private final AgreementExportQueries exports;
    private final AgreementDeadlineQueries deadlines;
    private final ListingCounts counts;
    private final SearchMatchIndex searches;
    private final DataVersion dataVersion;
    /**
     * Facet counts cost a pass over every matching agreement; they only change when the data does,
     * so they are kept per data version (never served after a change, on any instance). Weighed by
     * their option lists, about 100 bytes an option: at most some 10 MB of the heap.
     */
    private final Cache<FacetKey, AgreementFacets> facets = Caffeine.newBuilder()
            .maximumWeight(100_000)
            .weigher((FacetKey key, AgreementFacets value) -> 20 + 2 * value.partners().size() + value.years().size())
            .expireAfterAccess(Duration.ofMinutes(30))
            .build();

    /**
     * The partner options' counts of a filter without its partner (a type, a year, an area): the
     * same for every partner chosen with those filters, and most of the cost of their facets. Kept
     * per data version like the facets, so that a reader going from partner to partner with the
     * same type pays for them once (issue 13: about 20 of the 25 ms of such a page's facet counts
     * at 100,000 agreements). About 500 counts a filter: at most some 5 MB.
     */
    private final Cache<FacetKey, List<AgreementFacets.PartnerCount>> partnerCounts = Caffeine.newBuilder()
            .maximumSize(100)
            .expireAfterAccess(Duration.ofMinutes(30))
            .build();

    /** The searches answered from memory once lately: their facets are kept from the second request. */
    private final SecondAsks searchesAsked = new SecondAsks();

    AgreementService(AgreementListingQueries queries, AgreementFacetQueries facetQueries, AgreementDetailQueries details, AgreementExportQueries exports,
            AgreementDeadlineQueries deadlines, ListingCounts counts, SearchMatchIndex searches, DataVersion dataVersion) {
        this.queries = queries;
        this.searches = searches;
        this.facetQueries = facetQueries;
        this.details = details;
        this.exports = exports;
        this.deadlines = deadlines;
        this.counts = counts;
        this.dataVersion = dataVersion;
    }

    /**
     * One page of the listing and its result count: one statement when the count is known for the
     * data version the page was read at (or the first page is short), two otherwise, three when a
     * page near the end was counted back from a total that has just changed.
     *
     * <p>Without a transaction of its own ({@code SUPPORTS}): its statements are reads that each see their
     * own snapshot under READ COMMITTED inside a transaction as well, and the page and its count are tied
     * together by the data version each returns, not by a transaction. Beginning and committing a JPA
     * transaction (an EntityManager, BEGIN and COMMIT) was about a tenth of the Java time of an API page
     * the page cache had not kept (JFR, issue 13); the statements still share one connection.
     */
    @Transactional(readOnly = true, propagation = Propagation.SUPPORTS)
    public PageResult<AgreementSummary> search(AgreementFilter filter, AgreementSort sort, PageQuery page,
            Audience audience) {
        Optional<ListingCounts.Known> known = counts.latest(filter, audience);
        Optional<ListingCounts.Known> all = filter.isFiltered() ? counts.latest(AgreementFilter.none(), audience) : known;
        Plan plan = Plan.choose(filter, page, known.map(ListingCounts.Known::total).orElse(null),
                all.map(ListingCounts.Known::total).orElse(null));
        AgreementListingQueries.Page result = queries.page(filter, sort, page, audience, plan, known.orElse(null));
        if (result.fromEnd() && (known.isEmpty() || known.get().version() != result.dataVersion())) {
            // Counted back from a total of another version: read the page again from the start.
            result = queries.page(filter, sort, page, audience, plan, null);
        }
        List<AgreementSummary> content = result.rows();
        long total;
        if (page.page() == 0 && content.size() < page.size()) {
            // A short first page is the whole result: no need to count.
            total = content.size();
        }
        else if (known.isPresent() && known.get().version() == result.dataVersion()) {
            total = known.get().total();
        }
        else {
            // Reading the page may have counted it at its version (the whole listing's order does).
            long version = result.dataVersion();
            total = counts.latest(filter, audience).filter(now -> now.version() == version)
                    .map(ListingCounts.Known::total)
                    .orElseGet(() -> queries.count(filter, audience));
        }
        counts.remember(filter, audience, result.dataVersion(), total);
        return PageResult.of(content, page, total);
    }

    /**
     * A page of the listing with its facet counts, in at most three statements (the data version,
     * the page, and the counts when they are not cached for this version yet; a page of the whole
     * listing whose request has not read the version yet skips the first). Without a transaction of
     * its own, as {@link #search}, for the same reasons: the page and its counts are tied together by the
     * data version, and a transaction's COMMIT was 5% of the Java time of a listing page drawn from its
     * frame (issue 13).
     */
    @Transactional(readOnly = true, propagation = Propagation.SUPPORTS)
    public AgreementListing listing(AgreementFilter filter, AgreementSort sort, PageQuery page, Audience audience) {
        if (!filter.isFiltered() && dataVersion.known() == DataVersion.UNKNOWN && queries.readsByOrder(sort, audience)) {
            // The whole listing, its version not read yet (a page nobody asked for before): the page first,
            // whose statement says the data version, which names the facets kept for it. One statement
            // instead of two (issue 13).
            AgreementListingQueries.Page read = queries.page(filter, sort, page, audience, Plan.MATCHES_FIRST, null);
            if (read.dataVersion() != DataVersion.UNKNOWN) {
                AgreementFacets found = facets.get(new FacetKey(read.dataVersion(), audience, filter), this::count);
                counts.remember(filter, audience, read.dataVersion(), found.total());
                return new AgreementListing(PageResult.of(read.rows(), page, found.total()), found, read.dataVersion());
            }
        }
        Optional<SearchMatchIndex.Found> searched = searches.find(filter, sort, page, audience);
        if (searched.isPresent()) {
            return searched(filter, page, audience, searched.get());
        }
        long version = dataVersion.current();
        AgreementFacets found = facets.get(new FacetKey(version, audience, filter), k -> count(k));
        if (found.countsHidden()) {
            // Words matching more than can be counted: every option of the whole listing, uncounted.
            found = wholeListing(version, audience).moreThan(AgreementFacets.SEARCH_COUNT_LIMIT);
        }
        else {
            // The facets' total is the listing's count at this version: kept for the API's listing too.
            counts.remember(filter, audience, version, found.total());
        }
        if (found.total() == 0) {
            return new AgreementListing(PageResult.of(List.of(), page, 0), found, version);
        }
        // Without the whole listing's count the plan cannot be chosen (a common word read through the
        // search index in full, ten times dearer): before anyone read the whole listing at this version,
        // it comes from the whole listing's facets, read from the kept counts once per version.
        long all = !filter.isFiltered() ? found.total()
                : counts.latest(AgreementFilter.none(), audience).map(ListingCounts.Known::total)
                        .orElseGet(() -> wholeListing(version, audience).total());
        Plan plan = Plan.choose(filter, page, found.total(), all);
        // Past the counting limit the total is not known, so no page is read back from the end.
        AgreementListingQueries.Page result = queries.page(filter, sort, page, audience, plan,
                found.countsHidden() ? null : new ListingCounts.Known(version, found.total()));
        if (result.fromEnd() && result.dataVersion() != version) {
            // The data changed between the two statements: read the page again from the start.
            result = queries.page(filter, sort, page, audience, plan, null);
        }
        // Past the counting limit, the pages offered are those of the first matches counted.
        long shown = found.countsHidden() ? AgreementFacets.SEARCH_COUNT_LIMIT : found.total();
        return new AgreementListing(PageResult.of(result.rows(), page, shown), found, version);
    }

    /** A search answered from the words' matches kept ({@link SearchMatchIndex}), offered as the database's answer is. */
    private AgreementListing searched(AgreementFilter filter, PageQuery page, Audience audience, SearchMatchIndex.Found found) {
        AgreementFacets shownFacets = found.facets();
        long shown = found.total();
        if (shownFacets.countsHidden()) {
            shownFacets = wholeListing(found.version(), audience).moreThan(AgreementFacets.SEARCH_COUNT_LIMIT);
            shown = AgreementFacets.SEARCH_COUNT_LIMIT;
        }
        else {
            // Counted in memory: kept from the word's second request (a second page, another order), so that
            // the words nobody asks for again do not fill the heap.
            FacetKey key = new FacetKey(found.version(), audience, filter);
            if (searchesAsked.again(key)) {
                facets.put(key, shownFacets);
            }
            counts.remember(filter, audience, found.version(), found.total());
        }
        return new AgreementListing(PageResult.of(found.rows(), page, shown), shownFacets, found.version());
    }

    /** The whole listing's facets at a data version, kept like every other filter's. */
    private AgreementFacets wholeListing(long version, Audience audience) {
        return facets.get(new FacetKey(version, audience, AgreementFilter.none()), this::count);
    }

    /** Whether the partner options' counts of these filters are kept for the current data version (for tests). */
    boolean partnerCountsKept(AgreementFilter others, Audience audience) {
        return partnerCounts.getIfPresent(new FacetKey(dataVersion.current(), audience, others)) != null;
    }

    /** The counts of every filter option for this filter; also its total. */
    public AgreementFacets facets(AgreementFilter filter, Audience audience) {
        FacetKey key = new FacetKey(dataVersion.current(), audience, filter);
        return facets.get(key, this::count);
    }

    /**
     * The facets of a filter at a data version, with the partner options' counts of the same filter
     * without its partner when they are known for that version, and kept for it when they are not.
     */
    private AgreementFacets count(FacetKey key) {
        AgreementFilter filter = key.filter();
        AgreementFilter others = filter.withPartner(null);
        if (!filter.words().isEmpty() || !others.isFiltered()) {
            // Words count their own partners; no other filter: the kept counts answer already.
            return facetQueries.facets(filter, key.audience());
        }
        FacetKey partnersKey = new FacetKey(key.version(), key.audience(), others);
        List<AgreementFacets.PartnerCount> known = partnerCounts.getIfPresent(partnersKey);
        AgreementFacets found = facetQueries.facets(filter, key.audience(), known);
        if (known == null) {
            // Every partner that was counted: the partner chosen is listed with 0 when it has none.
            partnerCounts.put(partnersKey, found.partners().stream().filter(p -> p.count() > 0).toList());
        }
        return found;
    }

    /** The most recently signed agreements, in one statement. */
    public List<AgreementSummary> newest(int count, Audience audience) {
        return queries.page(AgreementFilter.none(), AgreementSort.NEWEST, new PageQuery(0, count), audience,
                Plan.MATCHES_FIRST, null).rows();
    }

    /** @throws RecordNotFoundException if there is no such agreement or the audience may not see it */
    public AgreementDetails find(long id, Audience audience) {
        return details.details(id, audience).orElseThrow(() -> details.notVisible(id));
    }

    /** Every agreement the audience may see, newest signed first: the staff forms' agreement pickers. */
    public List<AgreementRef> refs(Audience audience) {
        return details.refs(audience);
    }

    public List<AgreementSummary> ofPartner(String partnerSlug, Audience audience) {
        return queries.ofPartner(partnerSlug, audience);
    }

    /** The review and expiry dates of a partner's agreements, by agreement id: staff only. */
    @PreAuthorize("hasAnyRole('EDITOR', 'ADMIN')")
    public Map<Long, AgreementDeadlines> deadlinesOfPartner(String partnerSlug) {
        return deadlines.ofPartner(partnerSlug);
    }

    public long count(Audience audience) {
        return queries.count(audience);
    }

    /**
     * Hands every agreement the filter gives to {@code sink}, one at a time, from a database
     * cursor inside one read-only transaction: memory stays constant whatever the number of rows.
     */
    public void export(AgreementFilter filter, AgreementSort sort, Audience audience, Consumer<AgreementExportRow> sink) {
        exports.export(filter, sort, audience, sink);
    }

    /** The newest agreements the filter gives, for a news feed. */
    public List<AgreementFeedItem> feed(AgreementFilter filter, int limit, Audience audience) {
        return exports.feed(filter, audience, limit);
    }

    private record FacetKey(long version, Audience audience, AgreementFilter filter) {
    }
}
