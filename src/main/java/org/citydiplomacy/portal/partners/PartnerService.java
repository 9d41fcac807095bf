package org.citydiplomacy.portal.partners;

import java.util.List;

import org.citydiplomacy.portal.partners.domain.PartnerQueries;
import org.citydiplomacy.portal.shared.Audience;
import org.citydiplomacy.portal.shared.RecordNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads partners for the public pages, the API and other modules. */
@Service
@Transactional(readOnly = true)
public class PartnerService {

    private final PartnerQueries queries;

    PartnerService(PartnerQueries queries) {
        this.queries = queries;
    }

    /** All partners the audience may see, ordered by relationship, then since when, then name. */
    public List<PartnerSummary> list(Audience audience) {
        return queries.summaries(audience);
    }

    /** @throws RecordNotFoundException if there is no such partner or the audience may not see it */
    public PartnerDetails find(String slug, Audience audience) {
        PartnerDetails partner = queries.details(slug, audience)
                .orElseThrow(() -> RecordNotFoundException.partner(slug));
        return partner;
    }

    /** The partner with its sources, for its own page and API answer. */
    public PartnerDetails findWithSources(String slug, Audience audience) {
        return queries.detailsWithSources(slug, audience).orElseThrow(() -> RecordNotFoundException.partner(slug));
    }

    /** Names and links of every partner the audience may see, for pickers and filters. */
    public List<PartnerRef> refs(Audience audience) {
        return queries.refs(audience);
    }

    public long count(Audience audience) {
        return queries.count(audience);
    }
}
