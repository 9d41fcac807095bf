package org.citydiplomacy.portal.agreements;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;

class AgreementFacetsTest {

    final AgreementFacets facets = new AgreementFacets(10, List.of(), List.of(), Map.of(AgreementType.OTHER, 4L),
            Map.of(CooperationArea.CULTURE, 2L), new TreeMap<>(Map.of(2014, 3L, 2015, 5L, 2018, 2L)));

    @Test
    void countsWhatEachEndOfTheYearRangeWouldGive() {
        assertThat(facets.fromCount(2015, null)).isEqualTo(7);
        assertThat(facets.fromCount(2015, 2016)).isEqualTo(5);
        assertThat(facets.fromCount(2019, 2016)).isZero();
        assertThat(facets.toCount(2015, null)).isEqualTo(8);
        assertThat(facets.toCount(2018, 2015)).isEqualTo(7);
        assertThat(facets.toCount(2013, 2015)).isZero();
    }

    @Test
    void ordersPartnersByTheirNamesInEachLanguage() {
        AgreementFacets withPartners = AgreementFacets.of(3, List.of(
                new AgreementFacets.PartnerCount(new org.citydiplomacy.portal.partners.PartnerRef("seoul", "Seoul", "ソウル特別市"), 1),
                new AgreementFacets.PartnerCount(new org.citydiplomacy.portal.partners.PartnerRef("berlin", "Berlin", "ベルリン市"), 1),
                new AgreementFacets.PartnerCount(new org.citydiplomacy.portal.partners.PartnerRef("abu-dhabi", "Abu Dhabi", "アブダビ"), 1)),
                Map.of(), Map.of(), new TreeMap<>());
        assertThat(withPartners.partnersIn(java.util.Locale.ENGLISH)).extracting(p -> p.partner().slug())
                .containsExactly("abu-dhabi", "berlin", "seoul");
        assertThat(withPartners.partnersIn(java.util.Locale.JAPANESE)).extracting(p -> p.partner().slug())
                .containsExactly("abu-dhabi", "seoul", "berlin");
    }

    @Test
    void offersEveryYearBetweenTheFirstAndTheLastNewestFirst() {
        assertThat(facets.yearsNewestFirst()).containsExactly(2018, 2017, 2016, 2015, 2014);
        assertThat(facets.count(AgreementType.OTHER)).isEqualTo(4);
        assertThat(facets.count(AgreementType.JOINT_STATEMENT)).isZero();
    }
}
