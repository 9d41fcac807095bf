package org.citydiplomacy.portal.findable;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import org.citydiplomacy.portal.support.PortalTest;
import org.citydiplomacy.portal.support.RecordFixtures;
import org.citydiplomacy.portal.support.StatementCounter;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * /sitemap.xml is an index of sitemap files that list every published agreement, meeting, partner and
 * network and the overview pages, each in English and Japanese with its alternates and last change;
 * drafts and withdrawn records never. /robots.txt keeps crawlers out of the staff side and points to
 * the sitemap.
 */
@PortalTest
class SitemapTest {

    static final String BASE = "http://localhost:8080";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    RecordFixtures fixtures;

    @BeforeEach
    void setUp() {
        fixtures = new RecordFixtures(jdbc);
    }

    @AfterEach
    void cleanUp() {
        fixtures.deleteAll();
        jdbc.sql("DELETE FROM agreement WHERE created_by = 'sitemap-test'").update();
    }

    Document xml(String url) throws Exception {
        String body = mvc.perform(get(url)).andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("application/xml"))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        return Jsoup.parse(body, "", Parser.xmlParser());
    }

    static List<String> locs(Document xml) {
        return xml.select("loc").stream().map(Element::text).toList();
    }

    @Test
    void theIndexNamesThePagesAndOneFileOfAgreementsAndOfMeetings() throws Exception {
        Document index = xml("/sitemap.xml");
        assertThat(index.selectFirst("sitemapindex").attr("xmlns")).isEqualTo("http://www.sitemaps.org/schemas/sitemap/0.9");
        assertThat(locs(index)).containsExactly(BASE + "/sitemap-pages.xml", BASE + "/sitemap-agreements-1.xml",
                BASE + "/sitemap-meetings-1.xml");
        assertThat(index.select("sitemap lastmod")).hasSize(3);
    }

    @Test
    void listsAPublishedAgreementInBothLanguagesWithItsAlternatesAndLastChange() throws Exception {
        long published = fixtures.agreement("Sitemap published memo", "サイトマップ公開覚書", "PUBLISHED", "rome", "OTHER",
                LocalDate.of(2024, 1, 2));
        jdbc.sql("UPDATE agreement SET updated_at = TIMESTAMPTZ '2025-03-04 05:06:07.89+00' WHERE id = ?").params(published)
                .update();
        Document sitemap = xml("/sitemap-agreements-1.xml");
        String page = BASE + "/agreements/" + published;
        assertThat(locs(sitemap)).contains(page + "?lang=en", page + "?lang=ja");
        Element entry = sitemap.select("url").stream().filter(u -> u.selectFirst("loc").text().equals(page + "?lang=ja"))
                .findFirst().orElseThrow();
        assertThat(entry.selectFirst("lastmod").text()).isEqualTo("2025-03-04T05:06:07Z");
        assertThat(entry.select("xhtml|link").stream().map(l -> l.attr("hreflang") + " " + l.attr("href")).toList())
                .containsExactly("en " + page + "?lang=en", "ja " + page + "?lang=ja", "x-default " + page);
        // Every published agreement, twice (one address per language).
        long count = jdbc.sql("SELECT count(*) FROM agreement WHERE visibility = 'PUBLISHED'").query(Long.class).single();
        assertThat(sitemap.select("url")).hasSize((int) count * 2);
    }

    @Test
    void neverListsADraftOrAWithdrawnRecord() throws Exception {
        long draft = fixtures.agreement("Sitemap draft memo", null, "DRAFT", "rome", "OTHER", LocalDate.of(2024, 1, 2));
        long withdrawn = fixtures.agreement("Sitemap withdrawn memo", null, "WITHDRAWN", "rome", "OTHER",
                LocalDate.of(2024, 1, 2));
        long draftMeeting = fixtures.meeting("Sitemap draft meeting", "DRAFT", "rome", LocalDate.of(2024, 1, 2));
        fixtures.partner("sitemap-draft-partner", "Sitemap draft partner", "DRAFT");
        fixtures.partner("sitemap-withdrawn-partner", "Sitemap withdrawn partner", "WITHDRAWN");

        String all = String.join("\n", locs(xml("/sitemap-agreements-1.xml"))) + "\n"
                + String.join("\n", locs(xml("/sitemap-meetings-1.xml"))) + "\n"
                + String.join("\n", locs(xml("/sitemap-pages.xml")));
        assertThat(all).doesNotContain("/agreements/" + draft + "?", "/agreements/" + withdrawn + "?",
                "/meetings/" + draftMeeting + "?", "sitemap-draft-partner", "sitemap-withdrawn-partner");
    }

    @Test
    void thePagesFileListsTheOverviewPagesPartnersAndNetworks() throws Exception {
        List<String> locs = locs(xml("/sitemap-pages.xml"));
        for (String path : List.of("/", "/agreements", "/partners", "/meetings", "/map", "/statistics", "/networks",
                "/strategy", "/partners/rome", "/partners/new-york", "/networks/u20")) {
            assertThat(locs).as(path).contains(BASE + path + "?lang=en", BASE + path + "?lang=ja");
        }
        assertThat(xml("/sitemap-pages.xml").select("url").stream().filter(u -> u.selectFirst("lastmod") == null))
                .as("every address has a last change").isEmpty();
    }

    @Test
    void filesHoldAtMostTwentyFiveThousandRecordsAndAPartBeyondTheLastIsNotFound() throws Exception {
        jdbc.sql("""
                INSERT INTO agreement (type, title, signed_on, signed_on_precision, status, visibility, created_by)
                SELECT 'OTHER', 'Sitemap bulk ' || g, DATE '1990-01-01', 'DAY', 'UNKNOWN', 'PUBLISHED', 'sitemap-test'
                  FROM generate_series(1, 25000) g""").update();
        assertThat(locs(xml("/sitemap.xml"))).contains(BASE + "/sitemap-agreements-2.xml");
        long published = jdbc.sql("SELECT count(*) FROM agreement WHERE visibility = 'PUBLISHED'").query(Long.class).single();
        assertThat(xml("/sitemap-agreements-1.xml").select("url")).hasSize(50_000);
        assertThat(xml("/sitemap-agreements-2.xml").select("url")).hasSize((int) (published - 25_000) * 2);
        mvc.perform(get("/sitemap-agreements-3.xml")).andExpect(status().isNotFound());
        mvc.perform(get("/sitemap-agreements-0.xml")).andExpect(status().isNotFound());
    }

    @Test
    void eachFileRunsAFixedNumberOfStatements() throws Exception {
        int[] before = statements();
        jdbc.sql("""
                INSERT INTO agreement (type, title, signed_on, signed_on_precision, status, visibility, created_by)
                SELECT 'OTHER', 'Sitemap count ' || g, DATE '1990-01-01', 'DAY', 'UNKNOWN', 'PUBLISHED', 'sitemap-test'
                  FROM generate_series(1, 1000) g""").update();
        assertThat(statements()).containsExactly(before).containsExactly(1, 2, 1, 1);
    }

    private int[] statements() throws Exception {
        List<String> urls = List.of("/sitemap.xml", "/sitemap-pages.xml", "/sitemap-agreements-1.xml",
                "/sitemap-meetings-1.xml");
        int[] counts = new int[urls.size()];
        for (int i = 0; i < urls.size(); i++) {
            StatementCounter.reset();
            mvc.perform(get(urls.get(i))).andExpect(status().isOk());
            counts[i] = StatementCounter.count();
        }
        return counts;
    }

    @Test
    void everyoneMayReadThemWithoutASession() throws Exception {
        for (String url : List.of("/robots.txt", "/sitemap.xml", "/sitemap-pages.xml", "/sitemap-agreements-1.xml")) {
            var response = mvc.perform(get(url)).andExpect(status().isOk()).andReturn().getResponse();
            assertThat(response.getHeader("Set-Cookie")).as(url).isNull();
        }
    }

    @Test
    void robotsKeepCrawlersOutOfTheStaffSideAndPointToTheSitemap() throws Exception {
        String robots = mvc.perform(get("/robots.txt")).andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("text/plain"))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(robots.lines().toList()).containsSubsequence("User-agent: *", "Disallow: /staff", "Disallow: /login",
                "Disallow: /api/v1/tokens", "Sitemap: " + BASE + "/sitemap.xml");
    }
}
