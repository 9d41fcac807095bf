package org.citydiplomacy.portal.partners.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.citydiplomacy.portal.support.WebPages.page;
import static org.citydiplomacy.portal.support.WebPages.text;
import static org.citydiplomacy.portal.support.WebPages.texts;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;

import org.citydiplomacy.portal.support.PortalTest;
import org.citydiplomacy.portal.support.RecordFixtures;
import org.citydiplomacy.portal.support.StatementCounter;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** The partner list and each partner's page with its timeline. */
@PortalTest
class PartnerPagesTest {

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

    Document get200(String url, String language) throws Exception {
        return page(mvc.perform(get(url).header("Accept-Language", language)).andExpect(status().isOk()).andReturn());
    }

    @Test
    void groupsPartnersByRelationshipWithSinceWhenAgreementsAndLatestContact() throws Exception {
        Document page = get200("/partners", "en");
        assertThat(texts(page, ".partner-group > h2")).containsExactly("Sister cities and states",
                "Friendship cities and states", "Other partners");
        assertThat(texts(page, "#sister .card__title")).contains("New York City", "New South Wales");
        Element rome = page.select(".partner-card").stream()
                .filter(c -> c.selectFirst(".card__title").text().equals("Rome")).findFirst().orElseThrow();
        assertThat(rome.selectFirst(".card__title a").attr("href")).isEqualTo("/partners/rome");
        assertThat(rome.text()).contains("Italy", "Since 1996", "Agreements 1", "Latest contact 5 February 2026");
        assertThat(rome.closest(".partner-group").id()).isEqualTo("friendship");
        assertThat(page.select(".jump-links a").eachAttr("href")).containsExactly("#sister", "#friendship", "#partner");
    }

    @Test
    void groupsPartnersInJapanese() throws Exception {
        Document page = get200("/partners", "ja");
        assertThat(texts(page, ".partner-group > h2")).containsExactly("姉妹都市・州", "友好都市・州", "その他の提携先");
        Element rome = page.select(".partner-card").stream()
                .filter(c -> c.selectFirst(".card__title").text().equals("ローマ市")).findFirst().orElseThrow();
        assertThat(rome.text()).contains("イタリア", "提携 1996年", "協定 1", "直近の交流 2026年2月5日");
    }

    @Test
    void showsThePartnersProfileWithBothSidesWordsAndSources() throws Exception {
        Document page = get200("/partners/rome", "en");
        assertThat(text(page, "h1")).isEqualTo("Rome");
        assertThat(page.select(".record__alt-title").attr("lang")).isEqualTo("ja");
        assertThat(text(page, ".facts")).contains("Relationship Friendship city or state", "Relationship since 1996",
                "Country Italy", "Kind City");
        assertThat(page.select(".facts [lang=ja]").eachText()).contains("友好都市");
        assertThat(text(page, ".sources")).contains("The city's own word");
        assertThat(page.select(".panel__links a").eachAttr("href"))
                .contains("/agreements?partner=rome", "/meetings?partner=rome");
    }

    @Test
    void drawsTheTimelineOldestFirstWithPartialDatesAndQuietPeriods() throws Exception {
        Document page = get200("/partners/rome", "en");
        List<Element> events = page.select("ol.timeline > li");
        assertThat(events.stream().map(e -> e.className()).toList()).containsExactly(
                "timeline__event timeline__event--relationship", "timeline__gap",
                "timeline__event timeline__event--meeting", "timeline__event timeline__event--meeting",
                "timeline__event timeline__event--agreement");
        assertThat(texts(page, ".timeline__date")).containsExactly("1996", "September 2025", "5 February 2026",
                "5 February 2026");
        assertThat(page.select(".timeline__date time").eachAttr("datetime"))
                .containsExactly("1996", "2025-09", "2026-02-05", "2026-02-05");
        assertThat(text(page, ".timeline__gap")).isEqualTo("29 years without a recorded agreement or meeting");
        assertThat(text(page, ".timeline__event--relationship .timeline__title")).isEqualTo("Friendship relationship established");
        assertThat(page.select(".timeline__event--meeting a").attr("href")).matches("/meetings/\\d+");
        assertThat(page.select(".timeline__event--agreement a").attr("href")).matches("/agreements/\\d+");
        assertThat(text(page, ".timeline__event--agreement .timeline__kind")).isEqualTo("Agreement · Joint communiqué");
        assertThat(text(page, "#timeline .section__intro")).isEqualTo("One agreement and 2 meetings, oldest first.");
    }

    @Test
    void drawsTheTimelineInJapanese() throws Exception {
        Document page = get200("/partners/rome?lang=ja", "en");
        assertThat(page.select("html").attr("lang")).isEqualTo("ja");
        assertThat(text(page, "h1")).isEqualTo("ローマ市");
        assertThat(texts(page, ".timeline__date")).containsExactly("1996年", "2025年9月", "2026年2月5日", "2026年2月5日");
        assertThat(text(page, ".timeline__gap")).isEqualTo("29年間、協定・会談の記録なし");
        assertThat(text(page, ".timeline__event--relationship .timeline__title")).isEqualTo("友好提携");
    }

    @Test
    void anUnknownOrDraftPartnerIsNotFound() throws Exception {
        Document page = page(mvc.perform(get("/partners/atlantis")).andExpect(status().isNotFound()).andReturn());
        assertThat(text(page, "h1")).isEqualTo("Page not found");
        fixtures = new RecordFixtures(jdbc);
        fixtures.partner("secret-city", "Secret City", "DRAFT");
        mvc.perform(get("/partners/secret-city")).andExpect(status().isNotFound());
        assertThat(get200("/partners", "en").text()).doesNotContain("Secret City");
        mvc.perform(get("/partners/secret-city").with(user("editor").roles("EDITOR"))).andExpect(status().isOk());
    }

    @Test
    void theTimelineLeavesOutDrafts() throws Exception {
        fixtures = new RecordFixtures(jdbc);
        fixtures.agreement("Draft on river taxis", null, "DRAFT", "rome", "OTHER", LocalDate.of(2026, 7, 1));
        fixtures.meeting("Draft meeting on river taxis", "DRAFT", "rome", LocalDate.of(2026, 7, 1));
        Document page = get200("/partners/rome", "en");
        assertThat(page.text()).doesNotContain("river taxis");
        assertThat(text(get200("/partners", "en"), "#friendship")).contains("Agreements 1");
    }

    @Test
    void runsAFixedSmallNumberOfStatements() throws Exception {
        StatementCounter.reset();
        get200("/partners", "en");
        assertThat(StatementCounter.count()).isLessThanOrEqualTo(3);
        StatementCounter.reset();
        get200("/partners/rome", "en");
        assertThat(StatementCounter.count()).isLessThanOrEqualTo(6);
    }
}
