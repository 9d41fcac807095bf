package org.citydiplomacy.portal.agreements;

import java.util.List;

import org.citydiplomacy.portal.agreements.domain.AgreementQueries;
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

    AgreementService(AgreementQueries queries) {
        this.queries = queries;
    }

    public PageResult<AgreementSummary> search(AgreementFilter filter, AgreementSort sort, PageQuery page,
            Audience audience) {
        List<AgreementSummary> content = queries.page(filter, sort, page, audience);
        // A short first page is the whole result: no need to count.
        long total = page.page() == 0 && content.size() < page.size()
                ? content.size()
                : queries.count(filter, audience);
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
