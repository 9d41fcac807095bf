package org.citydiplomacy.portal.agreements;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.citydiplomacy.portal.agreements.domain.AgreementFacetQueries;
import org.citydiplomacy.portal.shared.Audience;
import org.citydiplomacy.portal.support.PortalTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A partner chosen with other filters: the partner options' counts are those of the other filters
 * alone, counted once per data version and reused for every partner chosen with them. Each page's
 * facets must be what counting everything again gives.
 */
@PortalTest
class PartnerCountReuseTest {

    @Autowired
    AgreementService agreements;

    @Autowired
    AgreementFacetQueries facetQueries;

    @Autowired
    JdbcClient jdbc;

    @Test
    void everyPartnerChosenWithATypeGetsTheFacetsCountedInFull() {
        AgreementFilter type = AgreementFilter.none().withType(AgreementType.MEMORANDUM_OF_UNDERSTANDING);
        List<String> partners = jdbc.sql("SELECT slug FROM partner WHERE visibility = 'PUBLISHED' ORDER BY slug")
                .query(String.class).list();
        assertThat(partners).hasSizeGreaterThan(5);
        for (Audience audience : List.of(Audience.PUBLIC, Audience.STAFF)) {
            for (String partner : partners) {
                AgreementFilter chosen = type.withPartner(partner);
                AgreementFacets reused = agreements.facets(chosen, audience);
                assertThat(agreements.partnerCountsKept(type, audience)).isTrue();
                assertThat(reused).as("%s for %s", partner, audience).isEqualTo(facetQueries.facets(chosen, audience));
                // The partner chosen is offered even with no agreement of that type.
                assertThat(reused.partners()).anyMatch(p -> p.partner().slug().equals(partner));
            }
        }
    }

    @Test
    void aPartnerWithWordsCountsItsOwnPartners() {
        AgreementFilter searched = AgreementFilter.none().withQuery("tokyo").withPartner("rome");
        assertThat(agreements.facets(searched, Audience.PUBLIC)).isEqualTo(facetQueries.facets(searched, Audience.PUBLIC));
        assertThat(agreements.partnerCountsKept(AgreementFilter.none().withQuery("tokyo"), Audience.PUBLIC)).isFalse();
    }
}
