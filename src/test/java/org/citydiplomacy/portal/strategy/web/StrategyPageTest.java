package org.citydiplomacy.portal.strategy.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.citydiplomacy.portal.support.WebPages.page;
import static org.citydiplomacy.portal.support.WebPages.text;
import static org.citydiplomacy.portal.support.WebPages.texts;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;

import org.citydiplomacy.portal.accounts.AccountService;
import org.citydiplomacy.portal.accounts.NewAccount;
import org.citydiplomacy.portal.accounts.StaffRole;
import org.citydiplomacy.portal.support.PortalTest;
import org.citydiplomacy.portal.support.StaffAccounts;
import org.citydiplomacy.portal.support.RecordFixtures;
import org.citydiplomacy.portal.support.StatementCounter;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** The strategy's targets: the 2014 target of 30 cities by 2020, counted from the records by its written rule. */
@PortalTest
class StrategyPageTest {

    /** The rule of the 2014 target, written independently of the page's query. */
    static final String PARTNERS_REACHED = """
            SELECT count(DISTINCT partner_id) FROM (
                SELECT ap.partner_id, a.signed_on AS on_date FROM agreement a
                  JOIN agreement_partner ap ON ap.agreement_id = a.id JOIN partner p ON p.id = ap.partner_id
                 WHERE a.visibility = 'PUBLISHED' AND p.visibility = 'PUBLISHED'
                UNION ALL
                SELECT mp.partner_id, m.held_on FROM meeting m
                  JOIN meeting_partner mp ON mp.meeting_id = m.id JOIN partner p ON p.id = mp.partner_id
                 WHERE m.visibility = 'PUBLISHED' AND p.visibility = 'PUBLISHED') e
             WHERE on_date >= DATE '2014-12-01' AND on_date <= :until""";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    AccountService accounts;

    RecordFixtures fixtures;

    /** A real account: the workspace ends sessions of accounts that do not exist or are deactivated. */
    static final String EDITOR_NAME = "strategy-editor";

    @BeforeEach
    void setUp() {
        fixtures = new RecordFixtures(jdbc);
        if (!accounts.isActive(EDITOR_NAME)) {
            accounts.createIfAbsent(new NewAccount(EDITOR_NAME, "Strategy Editor", StaffRole.EDITOR,
                    StaffAccounts.PASSWORD), "test");
        }
    }

    @AfterEach
    void cleanUp() {
        fixtures.deleteAll();
        jdbc.sql("DELETE FROM strategy_target WHERE created_by <> 'seed'").update();
    }

    Document get200(String url, String language) throws Exception {
        return page(mvc.perform(get(url).header("Accept-Language", language)).andExpect(status().isOk()).andReturn());
    }

    long reached(LocalDate until) {
        return jdbc.sql(PARTNERS_REACHED).param("until", until).query(Long.class).single();
    }

    static Element seeded(Document page) {
        return page.selectFirst("article.target");
    }

    static List<String> figures(Element target) {
        return target.select(".target__figure dd").eachText();
    }

    @Test
    void showsTheTargetOf30CitiesBy2020WithTheFiguresReachedByTheEndOf2020AndToday() throws Exception {
        Document page = get200("/strategy", "en");
        Element target = seeded(page);

        assertThat(text(page, "h1")).isEqualTo("The strategy's targets");
        assertThat(target.selectFirst("h2").text()).isEqualTo("Build and strengthen relations with 30 cities by 2020");
        assertThat(texts(page, "article.target .target__figure dt").get(1)).isEqualTo("Reached by the deadline (2020)");
        assertThat(figures(target)).containsExactly("30", Long.toString(reached(LocalDate.of(2020, 12, 31))),
                Long.toString(reached(LocalDate.now())));
        assertThat(target.selectFirst(".target__rule").text()).contains(
                "Each partner city, state or region with which at least one agreement was signed or one meeting held",
                "Counted from December 2014; deadline 2020.", "Only published records count");
        assertThat(target.selectFirst(".sources").text()).contains(
                "Statement by the Governor of Tokyo on the TMG Basic Strategy for City Diplomacy of December 2014",
                "\"Tokyo aims to build and strengthen relations with 30 cities by 2020.\"");
        assertThat(page.select(".primary-nav a[aria-current=page]").text()).isEqualTo("Strategy");
    }

    @Test
    void countsYearByYearFromTheStrategysYearToThisOne() throws Exception {
        Element target = seeded(get200("/strategy", "en"));

        List<Element> rows = target.select("tbody tr");
        assertThat(rows.get(0).selectFirst("th").text()).isEqualTo("2014");
        assertThat(rows.get(rows.size() - 1).selectFirst("th").text()).isEqualTo(Integer.toString(LocalDate.now().getYear()));
        Element end2020 = rows.stream().filter(r -> r.selectFirst("th").text().startsWith("2020")).findFirst().orElseThrow();
        assertThat(end2020.selectFirst("th").text()).isEqualTo("2020 (deadline)");
        assertThat(end2020.select("td").get(1).text()).isEqualTo(Long.toString(reached(LocalDate.of(2020, 12, 31))));
        long sum = rows.stream().mapToLong(r -> Long.parseLong(r.select("td").get(0).text())).sum();
        assertThat(sum).isEqualTo(reached(LocalDate.now()));
        Element chart = target.selectFirst("svg.bar-chart");
        assertThat(chart.attr("role")).isEqualTo("img");
        assertThat(chart.selectFirst("title").text()).startsWith("Bar chart: the total reached by the end of each year, against the target of 30.");
    }

    @Test
    void countsOnlyPublishedRecordsWithPublishedPartners() throws Exception {
        long before2020 = reached(LocalDate.of(2020, 12, 31));
        fixtures.partner("strategy-draft-partner", "Strategy Draft Partner", "DRAFT");
        fixtures.partner("strategy-new-partner", "Strategy New Partner", "PUBLISHED");
        fixtures.partner("strategy-other-partner", "Strategy Other Partner", "PUBLISHED");
        // Neither counts: a draft agreement, and a published one with a draft partner.
        fixtures.agreement("Draft agreement for the strategy", "下書き", "DRAFT", "strategy-new-partner", "OTHER",
                LocalDate.of(2016, 5, 1));
        fixtures.agreement("Agreement with a draft partner", "下書きの提携先", "PUBLISHED", "strategy-draft-partner",
                "OTHER", LocalDate.of(2016, 5, 1));
        fixtures.meeting("Draft meeting for the strategy", "DRAFT", "strategy-other-partner", LocalDate.of(2017, 5, 1));
        assertThat(figures(seeded(get200("/strategy", "en"))).get(1)).isEqualTo(Long.toString(before2020));

        // These count: a published meeting in 2017, and (after the deadline) a published agreement in 2022.
        fixtures.meeting("Published meeting for the strategy", "PUBLISHED", "strategy-new-partner", LocalDate.of(2017, 5, 1));
        fixtures.agreement("Late agreement for the strategy", "期限後", "PUBLISHED", "strategy-other-partner", "OTHER",
                LocalDate.of(2022, 5, 1));
        List<String> after = figures(seeded(get200("/strategy", "en")));
        assertThat(after.get(1)).isEqualTo(Long.toString(before2020 + 1));
        assertThat(after.get(2)).isEqualTo(Long.toString(reached(LocalDate.now())));
    }

    @Test
    void showsTheTargetInJapanese() throws Exception {
        Document page = get200("/strategy", "ja");
        Element target = seeded(page);

        assertThat(text(page, "h1")).isEqualTo("戦略の目標");
        assertThat(target.selectFirst("h2").text()).isEqualTo("2020年までに30都市との関係を構築・強化する");
        assertThat(target.selectFirst(".target__rule").text()).contains("2014年12月", "2020年");
        assertThat(target.selectFirst(".sources blockquote").attr("lang")).isEqualTo("en");
    }

    @Test
    void runsTwoStatementsAndOneWhenNothingChanged() throws Exception {
        jdbc.sql("UPDATE data_version SET version = nextval('data_version_seq')").update();
        StatementCounter.reset();
        get200("/strategy", "en");
        assertThat(StatementCounter.count()).isEqualTo(2);
        StatementCounter.reset();
        get200("/strategy", "en");
        assertThat(StatementCounter.count()).isEqualTo(1);
    }

    @Test
    void anEditorAddsATargetThatIsTrackedTheSameWay() throws Exception {
        mvc.perform(get("/staff/strategy/targets/new").with(user(EDITOR_NAME).roles("EDITOR"))).andExpect(status().isOk());
        mvc.perform(post("/staff/strategy/targets").with(user(EDITOR_NAME).roles("EDITOR")).with(csrf())
                        .param("title", "Hold 5 meetings by 2026").param("titleJa", "2026年までに会談を5回行う")
                        .param("targetCount", "5").param("countsFrom", "2025").param("deadline", "2026")
                        .param("rule", "MEETINGS_HELD").param("sourceNote", "A test target"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrlPattern("/strategy#target-*"));

        Document page = get200("/strategy", "en");
        Element added = page.select("article.target").stream()
                .filter(t -> t.selectFirst("h2").text().equals("Hold 5 meetings by 2026")).findFirst().orElseThrow();
        long meetings = jdbc.sql("""
                SELECT count(*) FROM meeting WHERE visibility = 'PUBLISHED'
                   AND held_on >= DATE '2025-01-01' AND held_on <= DATE '2026-12-31' AND held_on <= current_date""")
                .query(Long.class).single();
        assertThat(figures(added).get(0)).isEqualTo("5");
        assertThat(figures(added).get(1)).isEqualTo(Long.toString(meetings));
        assertThat(added.selectFirst(".target__rule").text()).contains("Each meeting held within the period counts once");
        assertThat(added.selectFirst(".sources").text()).contains("A test target");
        assertThat(get200("/strategy", "ja").select("article.target h2").eachText()).contains("2026年までに会談を5回行う");
    }

    @Test
    void refusesATargetWithoutItsTextsOrWithADeadlineBeforeItsStart() throws Exception {
        Document missing = page(mvc.perform(post("/staff/strategy/targets").with(user(EDITOR_NAME).roles("EDITOR"))
                        .with(csrf()).header("Accept-Language", "en")
                        .param("title", "").param("titleJa", "").param("targetCount", "thirty")
                        .param("countsFrom", "2020-13").param("deadline", "").param("rule", "MEETINGS_HELD"))
                .andExpect(status().isOk()).andReturn());
        assertThat(missing.select(".error-summary a").eachAttr("href")).contains("#title", "#titleJa", "#targetCount",
                "#countsFrom", "#deadline");

        Document backwards = page(mvc.perform(post("/staff/strategy/targets").with(user(EDITOR_NAME).roles("EDITOR"))
                        .with(csrf()).header("Accept-Language", "en")
                        .param("title", "Backwards").param("titleJa", "逆").param("targetCount", "3")
                        .param("countsFrom", "2024").param("deadline", "2020").param("rule", "MEETINGS_HELD"))
                .andExpect(status().isOk()).andReturn());
        assertThat(text(backwards, "#deadline-error")).isEqualTo("The deadline cannot be before the date counting starts.");
        assertThat(jdbc.sql("SELECT count(*) FROM strategy_target").query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void onlyStaffAddTargets() throws Exception {
        mvc.perform(get("/staff/strategy/targets/new")).andExpect(status().is3xxRedirection());
        mvc.perform(post("/staff/strategy/targets").with(csrf()).param("title", "x"))
                .andExpect(status().is3xxRedirection());
        assertThat(get200("/strategy", "en").select("a[href=/staff/strategy/targets/new]")).isEmpty();
    }
}
