package org.citydiplomacy.portal.agreements.web;

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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

@PortalTest
class AgreementListingPageTest {

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

    Document listing(String query) throws Exception {
        return page(mvc.perform(get("/agreements" + query)).andExpect(status().isOk()).andReturn());
    }

    long published(String where) {
        return jdbc.sql("SELECT count(*) FROM agreement a WHERE a.visibility = 'PUBLISHED'" + where).query(Long.class).single();
    }

    @Test
    void listsEveryPublishedAgreementNewestFirstWithTheirCount() throws Exception {
        Document page = listing("");
        long total = published("");
        assertThat(text(page, "#results-count")).isEqualTo(total + " agreements");
        List<String> dates = page.select(".result time").eachAttr("datetime");
        assertThat(dates).hasSize((int) Math.min(total, 20));
        assertThat(dates).isSortedAccordingTo((a, b) -> b.compareTo(a));
        assertThat(texts(page, ".result__title")).first().asString().startsWith("Joint Communiqué of the City of Rome");
        assertThat(page.select("form.filters").attr("method")).isEqualTo("get");
        assertThat(page.select("html").attr("lang")).isEqualTo("en");
    }

    @Test
    void filtersByPartnerAndShowsTheFilterAsRemovable() throws Exception {
        Document page = listing("?partner=new-south-wales");
        assertThat(text(page, "#results-count")).isEqualTo("2 agreements");
        assertThat(texts(page, ".result__partners a")).containsOnly("New South Wales");
        Element chip = page.selectFirst(".active-filters .chip");
        assertThat(chip.text()).contains("Partner", "New South Wales");
        assertThat(chip.attr("href")).isEqualTo("/agreements");
        assertThat(page.select("#filter-partner option[selected]").text()).isEqualTo("New South Wales (2)");
    }

    @Test
    void filtersByTypeWithTheCountOfEveryOptionFromTheDatabase() throws Exception {
        Document page = listing("?type=JOINT_COMMUNIQUE");
        long communiques = published(" AND a.type = 'JOINT_COMMUNIQUE'");
        assertThat(text(page, "#results-count")).isEqualTo(communiques + " agreements");
        assertThat(texts(page, ".result__type")).containsOnly("Joint communiqué");
        assertThat(texts(page, "#filter-type option")).contains(
                "Joint communiqué (" + communiques + ")",
                "Memorandum of understanding (" + published(" AND a.type = 'MEMORANDUM_OF_UNDERSTANDING'") + ")");
        // Other facets count within the chosen type: Berlin has one joint communiqué, Rome one.
        assertThat(texts(page, "#filter-partner option")).contains("Berlin (1)", "Rome (1)");
    }

    @Test
    void filtersByARangeOfYears() throws Exception {
        Document page = listing("?from=2015&to=2016");
        long inRange = published(" AND a.signed_on BETWEEN DATE '2015-01-01' AND DATE '2016-12-31'");
        assertThat(text(page, "#results-count")).isEqualTo(inRange + " agreements");
        assertThat(page.select(".result time").eachAttr("datetime")).allMatch(d -> d.startsWith("2015") || d.startsWith("2016"));
        assertThat(page.select("#filter-from option[selected]").val()).isEqualTo("2015");
        assertThat(page.select("#filter-to option[selected]").val()).isEqualTo("2016");
        // The "from" options count up to the chosen last year.
        long from2016 = published(" AND a.signed_on BETWEEN DATE '2016-01-01' AND DATE '2016-12-31'");
        assertThat(texts(page, "#filter-from option")).contains("2016 (" + from2016 + ")");
    }

    @Test
    void filtersBySigningYearAloneWithItsCountAndChip() throws Exception {
        Document page = listing("?year=2015");
        long in2015 = published(" AND a.signed_on BETWEEN DATE '2015-01-01' AND DATE '2015-12-31'");
        assertThat(in2015).isGreaterThan(1);
        assertThat(text(page, "#results-count")).isEqualTo(in2015 + " agreements");
        assertThat(page.select(".result time").eachAttr("datetime")).allMatch(d -> d.startsWith("2015"));
        assertThat(page.select("#filter-year option[selected]").text()).isEqualTo("2015 (" + in2015 + ")");
        assertThat(page.select("label[for=filter-year]").text()).isEqualTo("Signed in");
        // The range stays unchosen: "Signed in 2025" does not need From and To.
        assertThat(page.select("#filter-from option[selected], #filter-to option[selected]")).isEmpty();
        assertThat(page.select(".active-filters .chip")).hasSize(1);
        assertThat(text(page, ".active-filters .chip")).startsWith("Signed in 2015");
        assertThat(page.select(".active-filters .chip").attr("href")).isEqualTo("/agreements");
        // Its links keep it: exports and the other filters' options.
        assertThat(page.select(".downloads a").eachAttr("href")).allMatch(h -> h.contains("year=2015"));
    }

    @Test
    void filtersBySigningYearInJapanese() throws Exception {
        Document page = page(mvc.perform(get("/agreements?year=2015").header("Accept-Language", "ja"))
                .andExpect(status().isOk()).andReturn());
        long in2015 = published(" AND a.signed_on BETWEEN DATE '2015-01-01' AND DATE '2015-12-31'");
        assertThat(text(page, "#results-count")).isEqualTo(in2015 + "件の協定");
        assertThat(page.select("label[for=filter-year]").text()).isEqualTo("締結年");
        assertThat(page.select("#filter-year option[selected]").text()).isEqualTo("2015（" + in2015 + "）");
        assertThat(text(page, ".active-filters .chip")).startsWith("締結年 2015年");
    }

    @Test
    void aYearWithARangeNarrowsBothAndAWrongYearIsNamed() throws Exception {
        Document within = listing("?year=2015&from=2015-10");
        long autumn = published(" AND a.signed_on BETWEEN DATE '2015-10-01' AND DATE '2015-12-31'");
        assertThat(text(within, "#results-count")).isEqualTo(autumn + " agreements");
        Document wrong = page(mvc.perform(get("/agreements?year=last")).andExpect(status().isBadRequest()).andReturn());
        assertThat(text(wrong, "#filter-year-error")).contains("“last” is not a year.");
        assertThat(text(wrong, "#results-count")).isEqualTo(published("") + " agreements");
    }

    @Test
    void filtersByAreaOfCooperation() throws Exception {
        Document page = listing("?area=STARTUPS");
        assertThat(texts(page, ".result__title")).hasSize(2)
                .anyMatch(t -> t.contains("Helsinki")).anyMatch(t -> t.contains("Rome"));
        assertThat(texts(page, "#filter-area option")).contains("Startups (2)");
    }

    @ParameterizedTest
    @CsvSource({ "Helsinki, Helsinki", "ヘルシンキ, Helsinki", "parenting, Helsinki", "グアルティエーリ, Rome" })
    void findsAgreementsByWordsInEitherLanguage(String words, String expected) throws Exception {
        Document page = page(mvc.perform(get("/agreements").param("q", words)).andExpect(status().isOk()).andReturn());
        assertThat(texts(page, ".result__title")).hasSize(1).first().asString().contains(expected);
        assertThat(page.select("#filter-q").val()).isEqualTo(words);
        assertThat(text(page, ".active-filters")).contains(words);
    }

    @Test
    void combinesFiltersAndRemovesThemOneByOne() throws Exception {
        Document page = listing("?type=MEMORANDUM_OF_UNDERSTANDING&partner=new-south-wales&from=2020");
        assertThat(text(page, "#results-count")).isEqualTo("1 agreement");
        List<String> removeLinks = page.select(".active-filters .chip").eachAttr("href");
        assertThat(removeLinks).containsExactlyInAnyOrder(
                "/agreements?type=MEMORANDUM_OF_UNDERSTANDING&from=2020",
                "/agreements?partner=new-south-wales&from=2020",
                "/agreements?partner=new-south-wales&type=MEMORANDUM_OF_UNDERSTANDING");
        assertThat(page.select(".active-filters__clear").attr("href")).isEqualTo("/agreements");
    }

    @Test
    void sortsOldestFirstAndByTitle() throws Exception {
        List<String> oldest = listing("?sort=oldest&size=100").select(".result time").eachAttr("datetime");
        assertThat(oldest).isSortedAccordingTo(String::compareTo);
        List<String> titles = texts(listing("?sort=title&size=100"), ".result__title");
        assertThat(titles).isSortedAccordingTo(String.CASE_INSENSITIVE_ORDER);
        Document page = listing("?sort=title");
        assertThat(text(page, ".toolbar__current")).isEqualTo("Title (A to Z)");
    }

    @Test
    void pagesThroughTheResultsWithAChoiceOfPageSize() throws Exception {
        List<String> all = texts(listing("?size=100"), ".result__title");
        Document second = listing("?size=5&page=2");
        assertThat(texts(second, ".result__title")).containsExactlyElementsOf(all.subList(5, 10));
        assertThat(second.select("ol.result-list").attr("start")).isEqualTo("6");
        assertThat(second.select(".pagination [aria-current=page] [aria-hidden=true]").text()).isEqualTo("2");
        assertThat(second.select(".pagination [aria-current=page] .visually-hidden").text()).isEqualTo("Page 2");
        assertThat(second.select(".pagination a[rel=prev]").attr("href")).isEqualTo("/agreements?size=5");
        assertThat(second.select(".pagination a[rel=next]").attr("href")).isEqualTo("/agreements?size=5&page=3");
        assertThat(second.select(".toolbar a[href='/agreements?size=50']")).hasSize(1);
        assertThat(text(second, "#results-count")).isEqualTo(all.size() + " agreements");
    }

    @Test
    void aPageBeyondTheLastSaysSoAndLinksToTheFirst() throws Exception {
        Document page = listing("?page=99");
        assertThat(page.select(".result")).isEmpty();
        assertThat(page.select(".empty a").attr("href")).isEqualTo("/agreements");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "?type=TREATY|type|“TREATY” is not a type of agreement. Choose a type from the list.",
            "?partner=Not_A_Slug|partner|“Not_A_Slug” is not a partner in these records. Choose a partner from the list.",
            "?area=weather|area|“weather” is not an area of cooperation. Choose an area from the list.",
            "?from=20x5|from|“20x5” is not a year. Choose a year from the list, or write it as 2015.",
            "?from=2020&to=2010|to|The last year, 2010, is before the first year. Choose a later last year.",
            "?sort=random|sort|“random” is not a sort order. Choose newest first, oldest first or title.",
            "?size=1000|size|“1000” is not a number of results per page. Choose 10, 20, 50 or 100.",
            "?page=0|page|“0” is not a page number. Pages are numbered from 1." })
    void saysWhichFilterWasWrong(String query, String parameter, String message) throws Exception {
        Document page = page(mvc.perform(get("/agreements" + query)).andExpect(status().isBadRequest()).andReturn());
        assertThat(texts(page, ".error-summary li")).containsExactly(message);
        assertThat(page.select(".error-summary a").attr("href")).isEqualTo("#filter-" + parameter);
        assertThat(page.title()).startsWith("Error: ");
        if (page.getElementById("filter-" + parameter) != null) {
            assertThat(text(page, "#filter-" + parameter + "-error")).isEqualTo("Error: " + message);
            assertThat(page.getElementById("filter-" + parameter).attr("aria-invalid")).isEqualTo("true");
        }
        // The results still show, without the filter that could not be used.
        assertThat(page.select(".result")).isNotEmpty();
    }

    @Test
    void saysWhichFilterWasWrongInJapanese() throws Exception {
        Document page = page(mvc.perform(get("/agreements?type=TREATY&from=abc").header("Accept-Language", "ja"))
                .andExpect(status().isBadRequest()).andReturn());
        assertThat(texts(page, ".error-summary li")).containsExactly(
                "「TREATY」は協定の種類ではありません。一覧から選んでください。",
                "「abc」は年ではありません。一覧から選ぶか、2015 のように入力してください。");
        assertThat(text(page, "#filter-type-error")).isEqualTo("エラー： 「TREATY」は協定の種類ではありません。一覧から選んでください。");
    }

    @Test
    void speaksJapaneseFromTheHeaderAndFromTheSwitch() throws Exception {
        Document byHeader = page(mvc.perform(get("/agreements?type=JOINT_COMMUNIQUE").header("Accept-Language", "ja,en;q=0.5"))
                .andExpect(status().isOk()).andReturn());
        long communiques = published(" AND a.type = 'JOINT_COMMUNIQUE'");
        assertThat(byHeader.select("html").attr("lang")).isEqualTo("ja");
        assertThat(text(byHeader, "h1")).isEqualTo("協定");
        assertThat(text(byHeader, "#results-count")).isEqualTo(communiques + "件の協定");
        assertThat(texts(byHeader, ".result__type")).containsOnly("共同コミュニケ");
        assertThat(texts(byHeader, ".result__title")).contains("東京都（日本国）とローマ市（イタリア共和国）との共同コミュニケ");
        assertThat(byHeader.select("#filter-type option[selected]").text()).isEqualTo("共同コミュニケ（" + communiques + "）");

        MvcResult switched = mvc.perform(get("/agreements?type=JOINT_COMMUNIQUE&lang=ja")).andExpect(status().isOk()).andReturn();
        assertThat(switched.getResponse().getCookie("portal-lang").getValue()).isEqualTo("ja");
        Document page = page(switched);
        assertThat(page.select("html").attr("lang")).isEqualTo("ja");
        // The switch keeps the page and its query.
        assertThat(page.select(".language-switch a[hreflang=en]").attr("href"))
                .isEqualTo("/agreements?type=JOINT_COMMUNIQUE&lang=en");
        assertThat(page.select(".language-switch a[hreflang=ja]").attr("aria-current")).isEqualTo("true");
    }

    @Test
    void neverShowsDraftsToThePublicButShowsThemToStaff() throws Exception {
        fixtures = new RecordFixtures(jdbc);
        fixtures.agreement("Draft agreement on quantum ferries", "量子フェリーに関する協定案", "DRAFT", "rome",
                "LETTER_OF_INTENT", LocalDate.of(2030, 1, 1));
        Document page = listing("?size=100");
        assertThat(page.text()).doesNotContain("quantum ferries");
        assertThat(text(page, "#results-count")).isEqualTo(published("") + " agreements");
        assertThat(texts(page, "#filter-type option")).contains("Letter of intent (" + published(" AND a.type = 'LETTER_OF_INTENT'") + ")");
        assertThat(listing("?q=quantum").select(".result")).isEmpty();
        assertThat(texts(listing("?type=LETTER_OF_INTENT"), "#filter-partner option")).noneMatch(o -> o.startsWith("Rome"));

        Document staff = page(mvc.perform(get("/agreements?q=quantum").with(user("editor").roles("EDITOR")))
                .andExpect(status().isOk()).andReturn());
        assertThat(texts(staff, ".result__title")).containsExactly("Draft agreement on quantum ferries");
    }

    @ParameterizedTest
    @ValueSource(strings = { "?size=1", "?size=100", "?type=JOINT_COMMUNIQUE&from=2015&size=1",
            "?q=tokyo&partner=rome&area=CULTURE&size=100", "?sort=title&page=2&size=5" })
    void runsAtMostThreeStatementsWhateverThePageSize(String query) throws Exception {
        // The first request may compute the facet counts; the second finds them cached.
        for (int attempt = 0; attempt < 2; attempt++) {
            StatementCounter.reset();
            mvc.perform(get("/agreements" + query)).andExpect(status().isOk());
            assertThat(StatementCounter.count()).as("statements for %s", query).isLessThanOrEqualTo(attempt == 0 ? 3 : 2);
        }
    }
}
