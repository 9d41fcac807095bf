package org.citydiplomacy.portal.home.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.citydiplomacy.portal.support.WebPages.page;
import static org.citydiplomacy.portal.support.WebPages.text;
import static org.citydiplomacy.portal.support.WebPages.texts;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;

import org.citydiplomacy.portal.support.PortalTest;
import org.citydiplomacy.portal.support.RecordFixtures;
import org.citydiplomacy.portal.support.StatementCounter;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

@PortalTest
class HomePageTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    RecordFixtures fixtures;

    @AfterEach
    void cleanUp() {
        if (fixtures != null) {
            fixtures.deleteAll();
        }
    }

    long published(String table) {
        return jdbc.sql("SELECT count(*) FROM " + table + " WHERE visibility = 'PUBLISHED'").query(Long.class).single();
    }

    Document home(String language) throws Exception {
        return page(mvc.perform(get("/").header("Accept-Language", language)).andExpect(status().isOk()).andReturn());
    }

    @Test
    void showsWhatThePortalHoldsTheNewestRecordsAndTheWaysIn() throws Exception {
        Document page = home("en");
        assertThat(text(page, "h1")).isEqualTo("Tokyo's agreements and meetings with its partners abroad");
        assertThat(texts(page, ".stat__value")).containsExactly(String.valueOf(published("partner")),
                String.valueOf(published("agreement")), String.valueOf(published("meeting")));
        assertThat(page.select(".stat").eachAttr("href")).containsExactly("/partners", "/agreements", "/meetings");
        assertThat(texts(page, "#newest-agreements + .item-list .item__title")).hasSize(5).first().asString()
                .startsWith("Joint Communiqué of the City of Rome");
        assertThat(texts(page, "#newest-meetings + .item-list .item__title")).hasSize(5).first()
                .isEqualTo("Meeting of the Governor of Tokyo and the Mayor of Rome at Rome City Hall");
        assertThat(page.select("form[role=search]").attr("action")).isEqualTo("/agreements");
        assertThat(page.select("form[role=search] input[name=q]")).hasSize(1);
        assertThat(page.select("label[for=home-q]").text()).isEqualTo("Search the agreements");
    }

    @Test
    void hasTheLayoutsLandmarksSkipLinkAndNavigation() throws Exception {
        Document page = home("en");
        assertThat(page.select("a.skip-link").attr("href")).isEqualTo("#main");
        assertThat(page.select("main#main")).hasSize(1);
        assertThat(page.select("header.masthead")).hasSize(1);
        assertThat(page.select("footer.site-footer")).hasSize(1);
        assertThat(texts(page, ".primary-nav a")).containsExactly("Agreements", "Partners", "Meetings", "Networks", "Map", "Statistics",
                "Strategy");
        assertThat(text(page, ".brand__name")).isEqualTo("City Diplomacy Records");
        assertThat(page.select("link[rel=stylesheet]").attr("href")).matches("/assets/css/portal-[0-9a-f]{32}\\.css");
        // Scripts and styles only from the portal itself (the CSP allows nothing else), none inline.
        assertThat(page.select("script").eachAttr("src")).allMatch(src -> src.matches("/assets/js/portal-[0-9a-f]{32}\\.js"));
        assertThat(page.select("script").stream().filter(s -> !s.data().isBlank())).isEmpty();
        assertThat(page.select("[style], style")).isEmpty();
        assertThat(page.select("[onclick], [onload], [onsubmit]")).isEmpty();
    }

    @Test
    void speaksJapanese() throws Exception {
        Document page = home("ja");
        assertThat(page.select("html").attr("lang")).isEqualTo("ja");
        assertThat(text(page, "h1")).isEqualTo("東京都と海外の提携先との協定・会談");
        assertThat(texts(page, ".primary-nav a")).containsExactly("協定", "提携先", "会談", "ネットワーク", "地図", "統計", "戦略");
        assertThat(texts(page, "#newest-agreements + .item-list .item__title")).first()
                .isEqualTo("東京都（日本国）とローマ市（イタリア共和国）との共同コミュニケ");
        Document switched = page(mvc.perform(get("/?lang=ja")).andExpect(status().isOk()).andReturn());
        assertThat(text(switched, "h1")).isEqualTo("東京都と海外の提携先との協定・会談");
        assertThat(switched.select(".language-switch a[hreflang=en]").attr("href")).isEqualTo("/?lang=en");
    }

    @Test
    void countsOnlyPublishedRecords() throws Exception {
        fixtures = new RecordFixtures(jdbc);
        fixtures.agreement("Draft on cable cars", null, "DRAFT", "rome", "OTHER", LocalDate.of(2099, 1, 1));
        fixtures.meeting("Draft summit on cable cars", "DRAFT", "rome", LocalDate.of(2099, 1, 1));
        Document page = home("en");
        assertThat(texts(page, ".stat__value")).element(1).isEqualTo(String.valueOf(published("agreement")));
        assertThat(page.text()).doesNotContain("cable cars");
    }

    @Test
    void runsAtMostSixStatementsAndOneOnceThePageIsKept() throws Exception {
        StatementCounter.reset();
        home("en");
        assertThat(StatementCounter.count()).isLessThanOrEqualTo(6);
        StatementCounter.reset();
        home("en");
        assertThat(StatementCounter.count()).isEqualTo(1);
    }
}
