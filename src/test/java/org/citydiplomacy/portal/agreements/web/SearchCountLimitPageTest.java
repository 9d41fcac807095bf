package org.citydiplomacy.portal.agreements.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.citydiplomacy.portal.support.WebPages.page;
import static org.citydiplomacy.portal.support.WebPages.text;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Locale;

import org.citydiplomacy.portal.agreements.AgreementFacets;
import org.citydiplomacy.portal.support.PortalTest;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A search whose words alone are in more agreements than are counted (AgreementFacets#SEARCH_COUNT_LIMIT)
 * says "more than", offers its choices without counts and pages through the first matches; with a
 * filter as well, it is counted in full. One word is put into more agreements than the limit for it.
 */
@PortalTest
class SearchCountLimitPageTest {

    static final String WORD = "zephyrcount";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void manyAgreementsWithOneWord() {
        jdbc.sql("""
                INSERT INTO agreement (type, title, signed_on, signed_on_precision, status, visibility)
                SELECT CASE WHEN n % 2 = 0 THEN 'OTHER' ELSE 'JOINT_STATEMENT' END,
                       'Zephyrcount memorandum ' || n, DATE '2001-01-01' + n, 'DAY', 'IN_FORCE', 'PUBLISHED'
                  FROM generate_series(1, :count) n""")
                .param("count", AgreementFacets.SEARCH_COUNT_LIMIT + 10)
                .update();
    }

    @AfterEach
    void cleanUp() {
        jdbc.sql("DELETE FROM agreement WHERE title LIKE 'Zephyrcount memorandum %'").update();
    }

    @Test
    void wordsAloneInMoreAgreementsThanCountedSayMoreThanAndOfferEveryChoiceUncounted() throws Exception {
        Document page = page(mvc.perform(get("/agreements?q=" + WORD)).andExpect(status().isOk()).andReturn());
        assertThat(text(page, "#results-count")).isEqualTo("More than 2,000 agreements");
        assertThat(text(page, ".results__note")).contains("Add a word or choose a filter");
        assertThat(page.select(".result")).hasSize(20);
        // Every partner of the listing is offered, none with a count that would not be this search's.
        assertThat(page.select("#filter-partner option[value]:not([value=''])")).isNotEmpty()
                .allSatisfy(option -> assertThat(option.text()).doesNotContainPattern("\\(\\d"));
        assertThat(page.select("#filter-type option[value=OTHER]").text()).isEqualTo("Other");
        // The pages offered end with the limit: 2,000 at 20 a page.
        assertThat(page.select(".pagination a").eachText()).contains("100").doesNotContain("101");

        Document japanese = page(mvc.perform(get("/agreements?q=" + WORD).header("Accept-Language", "ja"))
                .andExpect(status().isOk()).andReturn());
        assertThat(text(japanese, "#results-count")).isEqualTo("2,000件を超える協定");
        assertThat(text(japanese, ".results__note")).contains("キーワードを加えるか条件を選ぶと");
    }

    @Test
    void wordsAloneInAsManyAgreementsAsCountedAreCountedWithEveryChoice() throws Exception {
        // Ten fewer: exactly the limit, the last number that is counted with its choices' counts.
        jdbc.sql("DELETE FROM agreement WHERE title LIKE 'Zephyrcount memorandum %' AND signed_on > DATE '2001-01-01' + :kept")
                .param("kept", AgreementFacets.SEARCH_COUNT_LIMIT).update();
        Document page = page(mvc.perform(get("/agreements?q=" + WORD)).andExpect(status().isOk()).andReturn());
        assertThat(text(page, "#results-count")).isEqualTo("2,000 agreements");
        assertThat(page.select(".results__note")).isEmpty();
        assertThat(page.select("#filter-type option[value=JOINT_STATEMENT]").text()).isEqualTo("Joint statement (1,000)");
    }

    @Test
    void wordsWithAFilterAreCountedInFull() throws Exception {
        long expected = (AgreementFacets.SEARCH_COUNT_LIMIT + 10) / 2;
        Document page = page(mvc.perform(get("/agreements?q=" + WORD + "&type=OTHER")).andExpect(status().isOk()).andReturn());
        assertThat(text(page, "#results-count")).isEqualTo(String.format(Locale.ENGLISH, "%,d agreements", expected));
        assertThat(page.select(".results__note")).isEmpty();
        assertThat(page.select("#filter-type option[value=JOINT_STATEMENT]").text()).isEqualTo("Joint statement (1,005)");
    }
}
