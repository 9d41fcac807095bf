package org.citydiplomacy.portal.networks.web;

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
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** The networks list and each network's page: Tokyo's membership, members, linked meetings and agreements. */
@PortalTest
class NetworkPagesTest {

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
    }

    Document get200(String url, String language) throws Exception {
        return page(mvc.perform(get(url).header("Accept-Language", language)).andExpect(status().isOk()).andReturn());
    }

    @Test
    void listsTheNetworksTheSeedsNameWithTokyosJoiningDate() throws Exception {
        Document page = get200("/networks", "en");

        assertThat(text(page, "h1")).isEqualTo("City networks");
        assertThat(texts(page, ".network-card .card__title")).containsExactly("U20 (Urban 20)",
                "C40 Cities Climate Leadership Group", "Global City Network for Sustainability",
                "Network for Crisis Management", "OECD Champion Mayors for Inclusive Growth");
        assertThat(page.selectFirst(".network-card").text()).contains("Tokyo joined 24 January 2018");
        assertThat(page.selectFirst(".network-card time").attr("datetime")).isEqualTo("2018-01-24");
        assertThat(page.select(".primary-nav a[aria-current=page]").text()).isEqualTo("Networks");
    }

    @Test
    void listsTheNetworksInJapanese() throws Exception {
        Document page = get200("/networks", "ja");

        assertThat(text(page, "h1")).isEqualTo("都市ネットワーク");
        assertThat(page.selectFirst(".network-card").text()).contains("東京都の加盟 2018年1月24日");
        assertThat(texts(page, ".network-card .card__title")).contains("危機管理ネットワーク");
    }

    @Test
    void showsTheU20WithRomeAsAMemberOnItsOwnWordAndTheSummitOf2019() throws Exception {
        Document page = get200("/networks/u20", "en");

        assertThat(text(page, "h1")).isEqualTo("U20 (Urban 20)");
        assertThat(text(page, ".facts")).contains("Tokyo joined 24 January 2018", "Chair in 2019");
        assertThat(page.select("#members-title + ul a").eachAttr("href")).containsExactly("/partners/rome");
        assertThat(text(page, "#members-title + ul")).contains("Italy", "The partner's word");
        assertThat(texts(page, "#meetings-title + ul a")).contains("U20 Mayors Summit 2019",
                "Meeting of the Governor of Tokyo and the Mayor of Rome at Rome City Hall");
        assertThat(texts(page, "#agreements-title + ul a")).containsExactly(
                "Joint Communiqué of the City of Rome (Republic of Italy) and the Tokyo Metropolitan Government (Japan)");
        assertThat(text(page, ".sources")).contains("Tokyo's International Strategy");
    }

    @Test
    void showsANetworkInJapanese() throws Exception {
        Document page = get200("/networks/u20", "ja");

        assertThat(text(page, ".facts")).contains("2018年1月24日", "2019年に議長を務め");
        assertThat(texts(page, "#members-title + ul a")).containsExactly("ローマ市");
    }

    @Test
    void neverShowsDraftMeetingsAgreementsOrPartners() throws Exception {
        long draftAgreement = fixtures.agreement("Draft network agreement", "下書きの協定", "DRAFT", "paris",
                "OTHER", LocalDate.of(2024, 1, 1));
        long draftMeeting = fixtures.meeting("Draft network meeting", "DRAFT", "paris", LocalDate.of(2024, 1, 1));
        long draftPartner = fixtures.partner("draft-network-member", "Draft Network Member", "DRAFT");
        jdbc.sql("INSERT INTO network_agreement (network_id, agreement_id) SELECT id, ? FROM network WHERE slug = 'c40'")
                .params(draftAgreement).update();
        jdbc.sql("INSERT INTO network_meeting (network_id, meeting_id) SELECT id, ? FROM network WHERE slug = 'c40'")
                .params(draftMeeting).update();
        jdbc.sql("INSERT INTO network_partner (network_id, partner_id) SELECT id, ? FROM network WHERE slug = 'c40'")
                .params(draftPartner).update();
        try {
            Document page = get200("/networks/c40", "en");
            assertThat(page.text()).doesNotContain("Draft network agreement", "Draft network meeting",
                    "Draft Network Member");
            assertThat(texts(page, "#members-title + ul a")).containsExactly("Rome");

            Document list = get200("/networks", "en");
            String c40 = list.select(".network-card").stream().filter(c -> c.text().contains("C40"))
                    .findFirst().orElseThrow().text();
            assertThat(c40).contains("Partners that are members too 1", "Meetings 1", "Agreements 1");
        }
        finally {
            jdbc.sql("DELETE FROM network_partner WHERE partner_id = ?").params(draftPartner).update();
        }
    }

    @Test
    void answers404ForAnUnknownNetwork() throws Exception {
        mvc.perform(get("/networks/no-such-network").header("Accept-Language", "en"))
                .andExpect(status().isNotFound());
    }

    @Test
    void eachPageRunsOneStatementBesideTheDataVersion() throws Exception {
        // The pages are kept per data version: a first reader pays the version's read and the page's one statement.
        StatementCounter.reset();
        get200("/networks", "en");
        assertThat(StatementCounter.count()).isEqualTo(2);

        StatementCounter.reset();
        get200("/networks/u20", "en");
        assertThat(StatementCounter.count()).isEqualTo(2);
    }
}
