package org.citydiplomacy.portal.agreements.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;

import org.citydiplomacy.portal.support.OriginalMarkup;
import org.citydiplomacy.portal.support.PortalTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.web.context.WebApplicationContext;
import org.thymeleaf.spring6.view.ThymeleafViewResolver;

/**
 * The listing's page links written in Java ({@link org.citydiplomacy.portal.platform.web.PaginationHtml}) are
 * byte for byte what the shared fragment {@code fragments :: pageLinks} writes for the same links: the request's
 * model rendered again through {@code templates/rowhtml/page-links-original.html}. The first, a middle and the
 * last page (no previous, no next), pages with gaps on either side, one page only (no links at all), filters, an
 * order and Japanese.
 */
@PortalTest
class PaginationHtmlTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    WebApplicationContext context;

    @Autowired
    ThymeleafViewResolver views;

    /** A new data version: no page of an earlier test is answered from the kept pages, and every frame is drawn anew. */
    @BeforeEach
    void newDataVersion() {
        jdbc.sql("UPDATE data_version SET version = nextval('data_version_seq') WHERE id").update();
    }

    @ParameterizedTest
    @ValueSource(strings = { "", "?size=10", "?size=10&page=2", "?size=10&page=3", "?size=10&page=4", "?size=10&page=6",
            "?size=10&page=9", "?size=10&page=10&lang=ja", "?page=2&lang=ja", "?size=100", "?q=tokyo&size=10&page=2",
            "?sort=oldest&size=10&page=5", "?partner=seoul", "?type=JOINT_STATEMENT&size=10" })
    void thePageLinksAreWrittenAsTheFragmentWroteThem(String query) throws Exception {
        MvcResult result = mvc.perform(get("/agreements" + query).session(new MockHttpSession()))
                .andExpect(status().isOk()).andReturn();
        String page = result.getResponse().getContentAsString(StandardCharsets.UTF_8);
        AgreementListingView view = (AgreementListingView) result.getModelAndView().getModel().get("view");
        String expected = OriginalMarkup.render("rowhtml/page-links-original", result, context, views);
        assertEquals(expected, view.pagesHtml(), query);
        if (view.pages().needed()) {
            assertThat(page).contains(view.pagesHtml());
        }
        else {
            assertThat(page).doesNotContain("class=\"pagination\"");
        }
    }
}
