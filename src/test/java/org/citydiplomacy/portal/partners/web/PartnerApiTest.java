package org.citydiplomacy.portal.partners.web;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.citydiplomacy.portal.support.PortalTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/** {@code /api/v1/partners} and {@code /api/v1/partners/{slug}}. */
@PortalTest
class PartnerApiTest {

    @Autowired
    MockMvc mvc;

    @Test
    void listsEveryPartnerSistersFirstThenFriendsThenPartnersEachByDate() throws Exception {
        mvc.perform(get("/api/v1/partners"))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andExpect(jsonPath("$", hasSize(20)))
                .andExpect(jsonPath("$[*].slug").value(contains(
                        "new-york", "new-south-wales", "jakarta", "sao-paulo",
                        "beijing", "paris", "seoul", "cairo", "moscow", "berlin", "rome", "london",
                        "abu-dhabi", "bangkok", "brussels-capital-region", "helsinki", "kuala-lumpur", "los-angeles",
                        "tomsk-region", "ulaanbaatar")));
    }

    @Test
    void eachListedPartnerHasItsNamesRelationshipAgreementCountAndLatestContact() throws Exception {
        mvc.perform(get("/api/v1/partners"))
                .andExpect(jsonPath("$[10].slug").value("rome"))
                .andExpect(jsonPath("$[10].name").value("Rome"))
                .andExpect(jsonPath("$[10].nameJa").value("ローマ市"))
                .andExpect(jsonPath("$[10].kind").value("CITY"))
                .andExpect(jsonPath("$[10].country").value("IT"))
                .andExpect(jsonPath("$[10].relationship").value("FRIENDSHIP"))
                .andExpect(jsonPath("$[10].relationshipSince").value("1996"))
                .andExpect(jsonPath("$[10].agreementCount").value(1))
                .andExpect(jsonPath("$[10].latestContact").value("2026-02-05"))
                .andExpect(jsonPath("$[0].relationshipSince").value("1960-02-29"))
                .andExpect(jsonPath("$[0].agreementCount").value(0))
                // Beijing's latest contact is its 2019 memorandum, after the visit of April 2014.
                .andExpect(jsonPath("$[4].slug").value("beijing"))
                .andExpect(jsonPath("$[4].latestContact").value("2019-08-26"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            rome            | Rome            | ローマ市               | CITY       | IT | FRIENDSHIP | 1996
            new-york        | New York City   | ニューヨーク市          | CITY       | US | SISTER     | 1960-02-29
            new-south-wales | New South Wales | ニューサウスウェールズ州 | STATE      | AU | SISTER     | 1984-05-09
            berlin          | Berlin          | ベルリン市              | CITY_STATE | DE | FRIENDSHIP | 1994-05-14
            """)
    void showsAPartnerWithItsNamesKindCountryAndRelationship(String slug, String name, String nameJa, String kind,
            String country, String relationship, String since) throws Exception {
        mvc.perform(get("/api/v1/partners/{slug}", slug))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andExpect(jsonPath("$.slug").value(slug))
                .andExpect(jsonPath("$.name").value(name))
                .andExpect(jsonPath("$.nameJa").value(nameJa))
                .andExpect(jsonPath("$.kind").value(kind))
                .andExpect(jsonPath("$.country").value(country))
                .andExpect(jsonPath("$.relationship").value(relationship))
                .andExpect(jsonPath("$.relationshipSince").value(since))
                .andExpect(jsonPath("$.sources").isNotEmpty())
                .andExpect(jsonPath("$.version").doesNotExist());
    }

    @Test
    void showsBothSidesWordsForTheTie() throws Exception {
        mvc.perform(get("/api/v1/partners/new-south-wales"))
                .andExpect(jsonPath("$.cityTerm").value("friendship state"))
                .andExpect(jsonPath("$.partnerTerm").value("sister state"));
    }

    @Test
    void aPartnerThatOnlySignsAgreementsHasNoRelationshipDate() throws Exception {
        mvc.perform(get("/api/v1/partners/helsinki"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.relationship").value("PARTNER"))
                .andExpect(jsonPath("$.relationshipSince").doesNotExist());
    }

    @Test
    void anUnknownSlugIsANotFoundProblem() throws Exception {
        mvc.perform(get("/api/v1/partners/atlantis"))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(404))
                .andExpect(jsonPath("$.detail", containsString("atlantis")));
    }
}
