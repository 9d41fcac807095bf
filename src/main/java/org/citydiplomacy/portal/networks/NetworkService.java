package org.citydiplomacy.portal.networks;

import java.util.List;

import org.citydiplomacy.portal.networks.domain.NetworkQueries;
import org.citydiplomacy.portal.shared.Audience;
import org.citydiplomacy.portal.shared.RecordNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads the city networks for their pages. Networks themselves are always public (they have no
 * drafts); the partners, meetings and agreements linked to them are shown only if the audience may
 * see them.
 */
@Service
@Transactional(readOnly = true)
public class NetworkService {

    private final NetworkQueries queries;

    NetworkService(NetworkQueries queries) {
        this.queries = queries;
    }

    /** Every network, the one Tokyo joined first first, then those with no known date by name. */
    public List<NetworkSummary> list(Audience audience) {
        return queries.summaries(audience);
    }

    /** The networks a partner belongs to with the city, by name. */
    public List<NetworkRef> ofPartner(String partnerSlug) {
        return queries.ofPartner(partnerSlug);
    }

    /** @throws RecordNotFoundException if there is no network with that slug */
    public NetworkDetails find(String slug, Audience audience) {
        return queries.details(slug, audience).orElseThrow(() -> RecordNotFoundException.network(slug));
    }
}
