package org.citydiplomacy.portal.meetings;

import java.time.Duration;
import java.util.List;

import org.citydiplomacy.portal.meetings.domain.MeetingQueries;
import org.citydiplomacy.portal.shared.Audience;
import org.citydiplomacy.portal.shared.DataVersion;
import org.citydiplomacy.portal.shared.PageQuery;
import org.citydiplomacy.portal.shared.PageResult;
import org.citydiplomacy.portal.shared.RecordNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

/** Reads meetings for the pages, the API and other modules. */
@Service
@Transactional(readOnly = true)
public class MeetingService {

    private final MeetingQueries queries;
    private final DataVersion dataVersion;
    /**
     * Facet counts, kept per data version: never served after the data changed. Weighed by their
     * option lists, about 100 bytes an option: at most some 5 MB of the heap.
     */
    private final Cache<FacetKey, MeetingFacets> facets = Caffeine.newBuilder()
            .maximumWeight(50_000)
            .weigher((FacetKey key, MeetingFacets value) -> 20 + 2 * value.partners().size() + value.years().size())
            .expireAfterAccess(Duration.ofMinutes(30))
            .build();

    MeetingService(MeetingQueries queries, DataVersion dataVersion) {
        this.queries = queries;
        this.dataVersion = dataVersion;
    }

    /**
     * A page of the meeting list with its facet counts, in at most three statements (the data
     * version, the page, and the counts when they are not cached for this version yet).
     */
    public MeetingListing listing(MeetingFilter filter, PageQuery page, Audience audience) {
        MeetingFacets counts = facets.get(new FacetKey(dataVersion.current(), audience, filter),
                k -> queries.facets(filter, audience));
        List<MeetingSummary> content = counts.total() == 0 ? List.of() : queries.page(filter, page, audience);
        return new MeetingListing(PageResult.of(content, page, counts.total()), counts);
    }

    /** The most recent meetings, in one statement. */
    public List<MeetingSummary> newest(int count, Audience audience) {
        return queries.page(MeetingFilter.none(), new PageQuery(0, count), audience);
    }

    public PageResult<MeetingSummary> search(MeetingFilter filter, PageQuery page, Audience audience) {
        List<MeetingSummary> content = queries.page(filter, page, audience);
        long total = page.page() == 0 && content.size() < page.size()
                ? content.size()
                : queries.count(filter, audience);
        return PageResult.of(content, page, total);
    }

    /** @throws RecordNotFoundException if there is no such meeting or the audience may not see it */
    public MeetingDetails find(long id, Audience audience) {
        return queries.details(id, audience).orElseThrow(() -> queries.notVisible(id));
    }

    public List<MeetingSummary> ofPartner(String partnerSlug, Audience audience) {
        return queries.ofPartner(partnerSlug, audience);
    }

    public List<Integer> years(Audience audience) {
        return queries.years(audience);
    }

    public long count(Audience audience) {
        return queries.count(audience);
    }

    private record FacetKey(long version, Audience audience, MeetingFilter filter) {
    }
}
