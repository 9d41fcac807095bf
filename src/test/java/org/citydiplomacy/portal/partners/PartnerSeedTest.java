package org.citydiplomacy.portal.partners;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.citydiplomacy.portal.shared.Audience;
import org.citydiplomacy.portal.shared.DatePrecision;
import org.citydiplomacy.portal.shared.PartialDate;
import org.citydiplomacy.portal.support.PortalTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The 12 sister and friendship cities/states ({@code seeds/sister-and-friendship-cities.md}) with
 * their dates at the precision the sources support, and the partners that only sign agreements.
 */
@PortalTest
class PartnerSeedTest {

    @Autowired
    PartnerService partners;

    @Autowired
    JdbcClient jdbc;

    @ParameterizedTest(name = "{0}: {1} since {2} ({3})")
    @CsvSource(delimiter = '|', textBlock = """
            new-york        | SISTER     | 1960-02-29 | DAY  | CITY       | US
            beijing         | FRIENDSHIP | 1979-03-14 | DAY  | CITY       | CN
            paris           | FRIENDSHIP | 1982-07-14 | DAY  | CITY       | FR
            new-south-wales | SISTER     | 1984-05-09 | DAY  | STATE      | AU
            seoul           | FRIENDSHIP | 1988-09-03 | DAY  | CITY       | KR
            jakarta         | SISTER     | 1989-10-23 | DAY  | CITY       | ID
            sao-paulo       | SISTER     | 1990-06-13 | DAY  | STATE      | BR
            cairo           | FRIENDSHIP | 1990-10-23 | DAY  | CITY       | EG
            moscow          | FRIENDSHIP | 1991-07-16 | DAY  | CITY       | RU
            berlin          | FRIENDSHIP | 1994-05-14 | DAY  | CITY_STATE | DE
            rome            | FRIENDSHIP | 1996-01-01 | YEAR | CITY       | IT
            london          | FRIENDSHIP | 2015-10-14 | DAY  | CITY       | GB
            """)
    void seedsEachSisterAndFriendshipRelationshipWithItsDateAtItsPrecision(String slug, Relationship relationship,
            LocalDate since, DatePrecision precision, PartnerKind kind, String country) {
        PartnerDetails partner = partners.find(slug, Audience.PUBLIC);

        assertThat(partner.relationship()).isEqualTo(relationship);
        assertThat(partner.relationshipSince()).isEqualTo(new PartialDate(since, precision));
        assertThat(partner.kind()).isEqualTo(kind);
        assertThat(partner.country()).isEqualTo(country);
        assertThat(partner.nameJa()).isNotBlank();
    }

    @Test
    void romeIsAFriendshipCityKnownOnlyToTheYear1996() {
        PartnerDetails rome = partners.find("rome", Audience.PUBLIC);

        assertThat(rome.relationshipSince().toString()).isEqualTo("1996");
        assertThat(rome.relationshipSince().precision()).isEqualTo(DatePrecision.YEAR);
    }

    @Test
    void seedsTwelveSisterAndFriendshipPartnersAndNewYorkIsTheFirst() {
        List<String> bySince = jdbc.sql("""
                SELECT slug FROM partner WHERE created_by = 'seed' AND relationship IN ('SISTER', 'FRIENDSHIP')
                 ORDER BY relationship_since""").query(String.class).list();

        assertThat(bySince).hasSize(12).first().isEqualTo("new-york");
    }

    @ParameterizedTest
    @ValueSource(strings = { "tomsk-region", "brussels-capital-region", "los-angeles", "kuala-lumpur", "helsinki",
            "abu-dhabi", "ulaanbaatar", "bangkok" })
    void partnersThatOnlySignAgreementsArePartnersWithNoRelationshipDate(String slug) {
        PartnerDetails partner = partners.find(slug, Audience.PUBLIC);

        assertThat(partner.relationship()).isEqualTo(Relationship.PARTNER);
        assertThat(partner.relationshipSince()).isNull();
    }

    @Test
    void seedsTwentyPublishedPartnersEightOfThemAgreementOnly() {
        List<String> relationships = jdbc.sql("SELECT relationship FROM partner WHERE created_by = 'seed' AND visibility = 'PUBLISHED'")
                .query(String.class).list();

        assertThat(relationships).hasSize(20);
        assertThat(relationships).filteredOn("PARTNER"::equals).hasSize(8);
    }

    @Test
    void keepsEachSidesOwnWordForTheTieWhereTheyDiffer() {
        PartnerDetails newSouthWales = partners.find("new-south-wales", Audience.PUBLIC);

        assertThat(newSouthWales.partnerTerm()).isEqualTo("sister state");
        assertThat(newSouthWales.cityTerm()).isEqualTo("friendship state");
    }

    @Test
    void recordsWhereEachRelationshipComesFrom() {
        PartnerDetails jakarta = partners.findWithSources("jakarta", Audience.PUBLIC);
        PartnerDetails saoPaulo = partners.findWithSources("sao-paulo", Audience.PUBLIC);

        assertThat(jakarta.sources()).extracting(org.citydiplomacy.portal.shared.Citation::voice).contains("PARTNER");
        assertThat(saoPaulo.sources()).extracting(org.citydiplomacy.portal.shared.Citation::voice).contains("THIRD_PARTY");
    }
}
