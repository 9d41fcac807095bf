package org.citydiplomacy.portal.agreements.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.context.WebApplicationContext;
import org.thymeleaf.spring6.view.ThymeleafViewResolver;

/**
 * Listing pages drawn from a frame ({@link ListingFrames}) are byte for byte the page the template renders in
 * full from the same model: each page after the first of a listing is compared with its model rendered again
 * through {@code agreements/list} by the application's own view resolver. The first page of each listing
 * draws its frame, the pages after it reuse it; a save gives the next page a new frame; pages that cannot be
 * framed are rendered in full.
 */
@PortalTest
class ListingFramesTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    WebApplicationContext context;

    @Autowired
    ThymeleafViewResolver views;

    RecordFixtures fixtures;

    /** A new data version: no page of an earlier test is answered from the kept pages, and every frame is drawn anew. */
    @BeforeEach
    void newDataVersion() {
        jdbc.sql("UPDATE data_version SET version = nextval('data_version_seq') WHERE id").update();
    }

    @AfterEach
    void cleanUp() {
        if (fixtures != null) {
            fixtures.deleteAll();
        }
    }

    /** Pages 1 to 3 of each listing in turn: the first draws the frame, the others are drawn from it. */
    @ParameterizedTest
    @ValueSource(strings = { "size=10&page=", "sort=oldest&size=10&page=", "lang=ja&size=10&page=",
            "size=5&page=%d&sort=title", "q=tokyo&size=5&page=", "q=東京&lang=ja&size=1&page=", "partner=paris&size=1&page=",
            "type=MEMORANDUM_OF_UNDERSTANDING&size=5&page=", "from=1990&to=2020&size=5&page=" })
    void aFramedPageIsThePageRenderedInFull(String listing) throws Exception {
        int framed = 0;
        for (int page : List.of(1, 2, 3)) {
            String query = listing.contains("%d") ? listing.formatted(page) : listing + page;
            if (drawnAsRenderedInFull(read(get("/agreements?" + query)), query)) {
                framed++;
            }
        }
        assertThat(framed).as("pages drawn from the frame of " + listing).isGreaterThanOrEqualTo(2);
    }

    @Test
    void theLastPageHasNoNextLinkAndKeepsTheFrame() throws Exception {
        MvcResult first = read(get("/agreements?size=10&page=2"));
        AgreementListingView view = (AgreementListingView) first.getModelAndView().getModel().get("view");
        long last = view.results().page().totalPages();
        MvcResult result = read(get("/agreements?size=10&page=" + last));
        assertThat(body(result)).contains("rel=\"prev\"").doesNotContain("rel=\"next\"");
        assertEquals(full(result), body(result));
    }

    /** The count and the options are in the frame: a save moves the data version, and the next page has a new one. */
    @Test
    void aSaveGivesTheNextPageANewFrame() throws Exception {
        String before = body(read(get("/agreements?size=5&page=2")));
        fixtures = new RecordFixtures(jdbc);
        fixtures.agreement("Framed listing agreement", "フレームの協定", "PUBLISHED", "seoul", "JOINT_STATEMENT",
                LocalDate.of(1950, 1, 1));
        MvcResult after = read(get("/agreements?size=5&page=3"));
        assertEquals(full(after), body(after));
        assertThat(count(body(after))).isEqualTo(count(before) + 1);
    }

    /** Pages that are rendered in full: the first, an input error, past the last page, twice a page, staff. */
    @ParameterizedTest
    @ValueSource(strings = { "", "size=10", "page=x", "page=0", "page=9999", "page=2&page=3", "page=%32" })
    void pagesThatAreNotFramedAreRenderedInFull(String query) throws Exception {
        MvcResult result = read(get("/agreements?" + query));
        assertThat(result.getModelAndView().getViewName()).as(query).isEqualTo(ListingFrames.TEMPLATE);
    }

    @Test
    void staffPagesAreRenderedInFull() throws Exception {
        MvcResult result = mvc.perform(get("/agreements?size=10&page=2").with(user("editor").roles("EDITOR"))).andReturn();
        assertThat(result.getModelAndView().getViewName()).isEqualTo(ListingFrames.TEMPLATE);
    }

    /**
     * Searches by words alone, each shape in turn: the first search draws the frame, the others are drawn from it,
     * their words written as text, as an address's q and as the reader's address had them; quotes, ampersands,
     * angle brackets, plus signs, spaces, Japanese and capitals included.
     */
    @ParameterizedTest
    @ValueSource(strings = { "", "lang=ja&", "size=5&", "sort=oldest&", "size=1&page=2&", "q2=x&" })
    void aSearchDrawnFromItsFrameIsTheSearchRenderedInFull(String shape) throws Exception {
        int framed = 0;
        for (String words : List.of("tokyo", "paris", "%E6%9D%B1%E4%BA%AC", "cooperation%20agreement", "tokyo+paris",
                "tok%27yo", "%22tokyo%22", "tokyo+%3Cb%3E", "tokyo+%26+paris", "e-mail", "Tokyo", "co%2Boperation",
                "%E6%9D%B1%E4%BA%AC%E3%80%80tokyo", "TOKYO%25", "tokyo's", "people's+government", "(tokyo)*")) {
            String query = shape + "q=" + words;
            // As the reader's address has it: get(String) would encode it once more.
            if (drawnAsRenderedInFull(read(get(URI.create("/agreements?" + query))), query)) {
                framed++;
            }
        }
        assertThat(framed).as("searches drawn from the frame of " + shape).isGreaterThanOrEqualTo(5);
    }

    /** Words with another filter are not framed for their words: their options depend on both. */
    @Test
    void wordsWithAnotherFilterAreRenderedInFull() throws Exception {
        MvcResult result = read(get("/agreements?q=tokyo&type=MEMORANDUM_OF_UNDERSTANDING"));
        assertThat(result.getModelAndView().getViewName()).isEqualTo(ListingFrames.TEMPLATE);
    }

    @Test
    void aFrameWithoutEachMarkAsExpectedIsNotUsed() throws Exception {
        String[] marks = { "PK", "RK", "LK", "WK" };
        int[] least = { 1, ListingFrame.ONCE, ListingFrame.ONCE, 0 };
        ByteArrayOutputStream page = new ByteArrayOutputStream();
        ListingFrame.of("a PK b RK c LK d PK 東京 WK", "text/html", StandardCharsets.UTF_8, "K", marks, least)
                .fill(new String[] { "7", "rows", "links 都", "&amp;" }, page);
        assertThat(page.toString(StandardCharsets.UTF_8)).isEqualTo("a 7 b rows c links 都 d 7 東京 &amp;");
        assertThat(frame("a b RK c LK", marks, least).usable()).as("no page number").isFalse();
        assertThat(frame("a PK RK RK LK", marks, least).usable()).as("the rows twice").isFalse();
        assertThat(frame("a PK RK", marks, least).usable()).as("no page links").isFalse();
        assertThat(frame("a PK RK LK k", marks, least).usable()).as("a mark lowered").isFalse();
        assertThat(frame("a PK RK LK xK", marks, least).usable()).as("a mark changed").isFalse();
        assertThat(frame("a PK RK LK", marks, least).usable()).as("no words").isTrue();
    }

    private static ListingFrame frame(String html, String[] marks, int[] least) {
        return ListingFrame.of(html, "text/html", StandardCharsets.UTF_8, "K", marks, least);
    }

    /**
     * Whether the page was drawn from a frame, after checking that it is byte for byte the page rendered in full;
     * a page without rows ("no agreements", past the last page) is rendered in full.
     */
    private boolean drawnAsRenderedInFull(MvcResult result, String query) throws Exception {
        AgreementListingView view = (AgreementListingView) result.getModelAndView().getModel().get("view");
        if (view.rows().isEmpty()) {
            assertThat(result.getModelAndView().getViewName()).as(query).isEqualTo(ListingFrames.TEMPLATE);
            return false;
        }
        assertThat(result.getModelAndView().getView()).as(query).isNotNull();
        assertEquals(full(result), body(result), query);
        return true;
    }

    /** A session keeps the page from being answered from the kept pages: the model is then the one of this request. */
    MvcResult read(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.session(new MockHttpSession())).andReturn();
    }

    String full(MvcResult result) throws Exception {
        return OriginalMarkup.renderPage(ListingFrames.TEMPLATE, result, context, views);
    }

    static String body(MvcResult result) throws Exception {
        return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    static int count(String page) {
        Matcher m = Pattern.compile("id=\"results-count\"[^>]*>([0-9,]+) ").matcher(page);
        assertThat(m.find()).isTrue();
        return Integer.parseInt(m.group(1).replace(",", ""));
    }
}
