package org.citydiplomacy.portal.agreements.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.citydiplomacy.portal.support.OriginalMarkup;
import org.citydiplomacy.portal.support.PortalTest;
import org.citydiplomacy.portal.support.RecordFixtures;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.web.FilterChainProxy;
import org.springframework.security.web.session.DisableEncodeUrlFilter;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.web.context.WebApplicationContext;
import org.thymeleaf.spring6.view.ThymeleafViewResolver;

/**
 * The listing's rows written in Java ({@link ResultListHtml}) are byte for byte what the template's
 * Thymeleaf markup wrote: each page's {@code <ol class="result-list">} is compared with the same view
 * rendered through the application's own view resolver by that markup, kept verbatim in
 * {@code templates/rowhtml/result-list-original.html}. Pages in English and Japanese, searched and not,
 * matched in titles and in summaries, with agreements made here for what the seed data lacks: partial dates, statuses to show, several
 * partners and none, an English title for Japanese readers, and characters to escape.
 */
@PortalTest
class ResultListHtmlTest {

    static final String WORD = "rowhtmlword";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    WebApplicationContext context;

    @Autowired
    ThymeleafViewResolver views;

    @Autowired
    FilterChainProxy security;

    RecordFixtures fixtures;

    final List<Long> agreements = new ArrayList<>();

    @BeforeEach
    void agreementsTheSeedDataLacks() {
        fixtures = new RecordFixtures(jdbc);
        fixtures.partner("aix-rowhtml", "Ville d'Aix & <Provence> \"Sud\"", "PUBLISHED");
        long several = agreement("MEMORANDUM_OF_UNDERSTANDING", "Rowhtmlword <Accord> & \"Pact\" d'Or", null,
                "1996-01-01", "YEAR", "IN_FORCE", "Cooperation on parks");
        partners(several, "rome", "aix-rowhtml", "berlin");
        agreement("JOINT_STATEMENT", "Statement on ferries", "フェリーに関する声明 " + WORD, "1997-03-01", "MONTH", "EXPIRED",
                "Hydrogen ferries and harbours");
        long one = agreement("LETTER_OF_INTENT", "Letter on " + WORD + " parks", "公園に関する書簡", "1998-05-17", "DAY",
                "SUPERSEDED", "Parks and gardens");
        partners(one, "seoul");
        long unknown = agreement("OTHER", "Unrecorded " + WORD + " status", null, "1999-01-01", "YEAR", "UNKNOWN",
                "Nothing recorded");
        partners(unknown, "aix-rowhtml");
    }

    @AfterEach
    void cleanUp() {
        for (Long id : agreements) {
            jdbc.sql("DELETE FROM agreement WHERE id = :id").param("id", id).update();
        }
        fixtures.deleteAll();
    }

    /** A published agreement with an English full text and no partner yet. */
    long agreement(String type, String title, String titleJa, String signedOn, String precision, String status, String body) {
        long id = jdbc.sql("""
                INSERT INTO agreement (type, title, title_ja, signed_on, signed_on_precision, status, visibility)
                VALUES (:type, :title, :titleJa, CAST(:signedOn AS date), :precision, :status, 'PUBLISHED') RETURNING id""")
                .param("type", type).param("title", title).param("titleJa", titleJa).param("signedOn", signedOn)
                .param("precision", precision).param("status", status)
                .query(Long.class).single();
        jdbc.sql("INSERT INTO agreement_text (agreement_id, language, title, body) VALUES (:id, 'en', :title, :body)")
                .param("id", id).param("title", title).param("body", body).update();
        agreements.add(id);
        return id;
    }

    void partners(long agreement, String... slugs) {
        for (int i = 0; i < slugs.length; i++) {
            jdbc.sql("INSERT INTO agreement_partner (agreement_id, partner_id, position)"
                    + " SELECT :id, id, :position FROM partner WHERE slug = :slug")
                    .param("id", agreement).param("position", i).param("slug", slugs[i]).update();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = { "", "?lang=ja", "?page=2", "?size=100", "?size=100&lang=ja", "?sort=title&page=2&size=5",
            "?partner=seoul", "?q=helsinki", "?q=startup&lang=ja", "?q=ヘルシンキ&lang=ja", "?q=tokyo&size=50",
            "?q=parenting", "?q=子育て&lang=ja", "?q=" + WORD, "?q=" + WORD + "&lang=ja", "?q=" + WORD + "&sort=title",
            "?partner=aix-rowhtml", "?partner=aix-rowhtml&lang=ja", "?from=1996&to=1999", "?from=1996&to=1999&lang=ja" })
    void everyRowIsWrittenAsTheTemplateWroteIt(String query) throws Exception {
        MvcResult result = listing(query);
        String page = result.getResponse().getContentAsString(StandardCharsets.UTF_8);
        AgreementListingView view = (AgreementListingView) result.getModelAndView().getModel().get("view");
        assertThat(view.rows()).isNotEmpty();
        String expected = resultList(original(result));
        assertEquals(expected, resultList(page), query);
        assertEquals(expected, view.rowsHtml(), query);
    }

    @Test
    void theAgreementsMadeHereShowWhatTheyAreFor() throws Exception {
        String english = resultList(listing("?q=" + WORD).getResponse().getContentAsString(StandardCharsets.UTF_8));
        assertThat(english).contains("datetime=\"1996\"", "datetime=\"1997-03\"", "badge--in_force", "badge--expired",
                "badge--superseded", "Ville d&#39;Aix &amp; &lt;Provence&gt; &quot;Sud&quot;",
                "Rowhtmlword &lt;Accord&gt; &amp; &quot;Pact&quot; d&#39;Or", "result__match", "<mark>");
        String japanese = resultList(listing("?q=" + WORD + "&lang=ja").getResponse().getContentAsString(StandardCharsets.UTF_8));
        assertThat(japanese).contains("lang=\"en\"", "フェリーに関する声明");
    }

    @Test
    void noResultsNoList() throws Exception {
        String page = listing("?q=quantum").getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).doesNotContain("result-list");
    }

    /**
     * The rows' addresses are written as they are, where {@code @{...}} passed them through the response's
     * encodeURL: the same as long as no session id is ever put into an address, which this filter sees to.
     */
    @Test
    void addressesAreNeverRewrittenWithASessionId() {
        assertThat(security.getFilters("/agreements")).anyMatch(DisableEncodeUrlFilter.class::isInstance);
    }

    /**
     * A session keeps the page from being answered from the kept pages: the model is then the one of this request.
     * MockMvc encodes the address (a Japanese word too).
     */
    MvcResult listing(String query) throws Exception {
        return mvc.perform(get("/agreements" + query).session(new MockHttpSession())).andExpect(status().isOk()).andReturn();
    }

    /** The request's model through the original markup, in the page's language. */
    String original(MvcResult result) throws Exception {
        return OriginalMarkup.render("rowhtml/result-list-original", result, context, views);
    }

    static String resultList(String html) {
        return OriginalMarkup.list(html, "result-list");
    }
}
