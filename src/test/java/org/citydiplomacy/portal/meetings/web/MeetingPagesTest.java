package org.citydiplomacy.portal.meetings.web;

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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

@PortalTest
class MeetingPagesTest {

    static final String ROME_MEETING = "Meeting of the Governor of Tokyo and the Mayor of Rome at Rome City Hall";

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

    long published(String where) {
        return jdbc.sql("SELECT count(*) FROM meeting m WHERE m.visibility = 'PUBLISHED'" + where).query(Long.class).single();
    }

    @Test
    void listsMeetingsNewestFirst() throws Exception {
        Document page = get200("/meetings", "en");
        assertThat(text(page, "#results-count")).isEqualTo(published("") + " meetings");
        assertThat(texts(page, ".result__title")).first().isEqualTo(ROME_MEETING);
        assertThat(page.select(".result time").eachAttr("datetime")).isSortedAccordingTo((a, b) -> b.compareTo(a));
    }

    @Test
    void filtersByPartnerYearAndKindWithCounts() throws Exception {
        Document byPartner = get200("/meetings?partner=rome", "en");
        assertThat(text(byPartner, "#results-count")).isEqualTo("2 meetings");
        assertThat(byPartner.select("#filter-partner option[selected]").text()).isEqualTo("Rome (2)");
        assertThat(byPartner.select(".chip").attr("href")).isEqualTo("/meetings");

        Document byYear = get200("/meetings?year=2025", "en");
        long in2025 = published(" AND extract(year FROM m.held_on) = 2025");
        assertThat(text(byYear, "#results-count")).isEqualTo(in2025 + (in2025 == 1 ? " meeting" : " meetings"));
        assertThat(byYear.select("#filter-year option[selected]").text()).isEqualTo("2025 (" + in2025 + ")");

        Document byKind = get200("/meetings?kind=FORUM", "en");
        long forums = published(" AND m.kind = 'FORUM'");
        assertThat(texts(byKind, ".result__type")).hasSize((int) forums).containsOnly("Forum");
        assertThat(texts(byKind, "#filter-kind option")).contains("Forum (" + forums + ")");
    }

    @Test
    void filtersInJapanese() throws Exception {
        Document page = get200("/meetings?partner=rome", "ja");
        assertThat(text(page, "#results-count")).isEqualTo("2件の会談");
        assertThat(page.select("#filter-partner option[selected]").text()).isEqualTo("ローマ市（2）");
        assertThat(texts(page, ".result__title")).first().isEqualTo("ローマ市庁舎における東京都知事とローマ市長の会談");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "?year=last|year|“last” is not a year. Choose a year from the list.",
            "?kind=party|kind|“party” is not a kind of meeting. Choose a kind from the list.",
            "?partner=R_O_M_E|partner|“R_O_M_E” is not a partner in these records. Choose a partner from the list." })
    void saysWhichFilterWasWrong(String query, String parameter, String message) throws Exception {
        Document page = page(mvc.perform(get("/meetings" + query)).andExpect(status().isBadRequest()).andReturn());
        assertThat(texts(page, ".error-summary li")).containsExactly(message);
        assertThat(text(page, "#filter-" + parameter + "-error")).isEqualTo("Error: " + message);
        assertThat(page.select(".result")).isNotEmpty();
    }

    @Test
    void showsAMeetingWithParticipantsPlaceSummaryAndAgreementsSigned() throws Exception {
        long id = jdbc.sql("SELECT id FROM meeting WHERE title = :t").param("t", ROME_MEETING).query(Long.class).single();
        Document page = get200("/meetings/" + id, "en");
        assertThat(text(page, "h1")).isEqualTo(ROME_MEETING);
        assertThat(text(page, ".facts")).contains("Date 5 February 2026", "Place Rome City Hall", "Partners Rome",
                "Kind Bilateral visit");
        assertThat(texts(page, ".person__name")).containsExactly("Koike Yuriko", "Roberto Gualtieri");
        assertThat(text(page, "#summary-title + .prose")).startsWith("On the Governor of Tokyo's visit to Rome");
        assertThat(page.select("#agreements-title + .links-list a").attr("href")).matches("/agreements/\\d+");
        Document ja = get200("/meetings/" + id, "ja");
        assertThat(text(ja, "h1")).isEqualTo("ローマ市庁舎における東京都知事とローマ市長の会談");
        assertThat(texts(ja, ".person__name")).containsExactly("小池百合子", "ロベルト・グアルティエーリ");
    }

    @Test
    void aMissingOrDraftMeetingIsNotFound() throws Exception {
        mvc.perform(get("/meetings/424242")).andExpect(status().isNotFound());
        fixtures = new RecordFixtures(jdbc);
        long draft = fixtures.meeting("Draft meeting on snow", "DRAFT", "rome", LocalDate.of(2026, 12, 1));
        mvc.perform(get("/meetings/" + draft)).andExpect(status().isNotFound());
        assertThat(get200("/meetings?size=100", "en").text()).doesNotContain("Draft meeting on snow");
    }

    @ParameterizedTest
    @ValueSource(strings = { "?size=1", "?size=100", "?partner=rome&year=2026&kind=BILATERAL_VISIT&size=1" })
    void runsAtMostThreeStatementsForTheListAndSixForAMeeting(String query) throws Exception {
        for (int attempt = 0; attempt < 2; attempt++) {
            StatementCounter.reset();
            get200("/meetings" + query, "en");
            assertThat(StatementCounter.count()).isLessThanOrEqualTo(3);
        }
        long id = jdbc.sql("SELECT id FROM meeting WHERE title = :t").param("t", ROME_MEETING).query(Long.class).single();
        StatementCounter.reset();
        get200("/meetings/" + id, "en");
        assertThat(StatementCounter.count()).isLessThanOrEqualTo(6);
    }
}
