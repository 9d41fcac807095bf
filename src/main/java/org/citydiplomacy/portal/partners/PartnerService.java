package org.citydiplomacy.portal.partners;

import java.time.Duration;
import java.util.List;

import org.citydiplomacy.portal.partners.domain.PartnerQueries;
import org.citydiplomacy.portal.shared.Audience;
import org.citydiplomacy.portal.shared.DataVersion;
import org.citydiplomacy.portal.shared.RecordNotFoundException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

/** Reads partners for the public pages, the API and other modules. */
@Service
@Transactional(readOnly = true)
public class PartnerService {

    private final PartnerQueries queries;
    private final DataVersion dataVersion;
    /**
     * The list counts every partner's agreements and finds its latest contact: a pass over the link
     * tables, kept per data version (never served after the data changed, on any instance).
     */
    private final Cache<ListKey, List<PartnerSummary>> lists = Caffeine.newBuilder()
            .maximumSize(4)
            .expireAfterAccess(Duration.ofHours(1))
            .build();

    PartnerService(PartnerQueries queries, DataVersion dataVersion) {
        this.queries = queries;
        this.dataVersion = dataVersion;
    }

    /**
     * All partners the audience may see, ordered by relationship, then since when, then name: the
     * data version and, when it changed, the list itself.
     */
    public List<PartnerSummary> list(Audience audience) {
        return lists.get(new ListKey(dataVersion.current(), audience), k -> queries.summaries(audience));
    }

    /** @throws RecordNotFoundException if there is no such partner or the audience may not see it */
    public PartnerDetails find(String slug, Audience audience) {
        PartnerDetails partner = queries.details(slug, audience)
                .orElseThrow(() -> queries.notVisible(slug));
        return partner;
    }

    /** The partner with its sources, for its own page and API answer. */
    public PartnerDetails findWithSources(String slug, Audience audience) {
        return queries.detailsWithSources(slug, audience).orElseThrow(() -> queries.notVisible(slug));
    }

    /** Names and links of every partner the audience may see, for pickers and filters. */
    public List<PartnerRef> refs(Audience audience) {
        return queries.refs(audience);
    }

    public long count(Audience audience) {
        return queries.count(audience);
    }

    /** The staff's notes on a partner (null if none): staff only, never for a public page. */
    @PreAuthorize("hasAnyRole('EDITOR', 'ADMIN')")
    public String staffNotes(String slug) {
        return queries.staffNotes(slug);
    }

    private record ListKey(long version, Audience audience) {
    }
}
