package org.citydiplomacy.portal.agreements;

import java.util.List;
import java.util.Optional;

import org.citydiplomacy.portal.agreements.domain.AgreementQueries;
import org.citydiplomacy.portal.agreements.domain.AgreementQueries.Plan;
import org.citydiplomacy.portal.agreements.domain.ListingCounts;
import org.citydiplomacy.portal.shared.Audience;
import org.citydiplomacy.portal.shared.PageQuery;
import org.citydiplomacy.portal.shared.PageResult;
import org.citydiplomacy.portal.shared.RecordNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads agreements for the listing, the agreement pages, the API and other modules. */
@Service
@Transactional(readOnly = true)
public class AgreementService {

    private final AgreementQueries queries;
    private final ListingCounts counts;

    AgreementService(AgreementQueries queries, ListingCounts counts) {
        this.queries = queries;
        this.counts = counts;
    }

    /**
     * One page of the listing and its result count: one statement when the count is known for the
     * data version the page was read at (or the first page is short), two otherwise, three when a
     * page near the end was counted back from a total that has just changed.
     */
    public PageResult<AgreementSummary> search(AgreementFilter filter, AgreementSort sort, PageQuery page,
            Audience audience) {
        Optional<ListingCounts.Known> known = counts.latest(filter, audience);
        Optional<ListingCounts.Known> all = filter.isFiltered() ? counts.latest(AgreementFilter.none(), audience) : known;
        Plan plan = Plan.choose(filter, page, known.map(ListingCounts.Known::total).orElse(null),
                all.map(ListingCounts.Known::total).orElse(null));
        AgreementQueries.Page result = queries.page(filter, sort, page, audience, plan,
                known.map(ListingCounts.Known::total).orElse(null));
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
            total = queries.count(filter, audience);
        }
        counts.remember(filter, audience, result.dataVersion(), total);
        return PageResult.of(content, page, total);
    }

    /** @throws RecordNotFoundException if there is no such agreement or the audience may not see it */
    public AgreementDetails find(long id, Audience audience) {
        return queries.details(id, audience).orElseThrow(() -> RecordNotFoundException.agreement(id));
    }

    public List<AgreementSummary> ofPartner(String partnerSlug, Audience audience) {
        return queries.ofPartner(partnerSlug, audience);
    }

    public long count(Audience audience) {
        return queries.count(audience);
    }
}
