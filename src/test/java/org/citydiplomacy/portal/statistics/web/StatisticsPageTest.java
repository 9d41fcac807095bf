package org.citydiplomacy.portal.statistics.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.citydiplomacy.portal.support.WebPages.page;
import static org.citydiplomacy.portal.support.WebPages.text;
import static org.citydiplomacy.portal.support.WebPages.texts;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.citydiplomacy.portal.support.PortalTest;
import org.citydiplomacy.portal.support.RecordFixtures;
import org.citydiplomacy.portal.support.StatementCounter;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.MockMvc;

/** The statistics page and its CSV: published records only, the listing's filters, charts with tables. */
@PortalTest
class StatisticsPageTest {

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

    String csv(String url) throws Exception {
        return mvc.perform(get(url)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    /** The table of one chart, as "label=count" rows. */
    static List<String> table(Document page, String id) {
        return page.select("#" + id + " tbody tr").stream()
                .map(row -> row.selectFirst("th").text() + "=" + row.selectFirst("td").text()).toList();
    }

    long published(String table) {
        return jdbc.sql("SELECT count(*) FROM " + table + " WHERE visibility = 'PUBLISHED'").query(Long.class).single();
    }

    @Test
    void countsThePublishedAgreementsAndMeetingsOfTheSeed() throws Exception {
        Document page = get200("/statistics", "en");

        assertThat(text(page, "h1")).isEqualTo("Statistics");
        assertThat(text(page, ".statistics-totals")).isEqualTo(
                published("agreement") + " agreements and " + published("meeting") + " meetings counted.");
        assertThat(table(page, "agreements-by-year")).contains("2015=" + jdbc.sql(
                "SELECT count(*) FROM agreement WHERE visibility = 'PUBLISHED' AND extract(year FROM signed_on) = 2015")
                .query(Long.class).single());
        assertThat(table(page, "agreements-by-decade")).anySatisfy(row -> assertThat(row).startsWith("2010s="));
        assertThat(table(page, "agreements-by-type")).anySatisfy(row -> assertThat(row).startsWith("Joint communiqué="));
        assertThat(table(page, "agreements-by-continent")).anySatisfy(row -> assertThat(row).startsWith("Europe="));
        assertThat(table(page, "meetings-by-year")).contains("2019=" + jdbc.sql(
                "SELECT count(*) FROM meeting WHERE visibility = 'PUBLISHED' AND extract(year FROM held_on) = 2019")
                .query(Long.class).single());
        assertThat(page.select(".primary-nav a[aria-current=page]").text()).isEqualTo("Statistics");
    }

    @Test
    void drawsEachChartAsAnImageWithANameAndATableOfTheSameFigures() throws Exception {
        Document page = get200("/statistics", "en");

        assertThat(page.select("section.statistic")).hasSize(6);
        for (Element chart : page.select("svg.bar-chart")) {
            assertThat(chart.attr("role")).isEqualTo("img");
            String title = chart.attr("aria-labelledby");
            assertThat(chart.selectFirst("title").id()).isEqualTo(title);
            assertThat(chart.selectFirst("title").text()).startsWith("Bar chart: ");
            // Every bar's figure is written beside it: nothing is told by length or colour alone.
            Element section = chart.closest("section");
            assertThat(chart.select("text.bar-chart__value").eachText())
                    .isEqualTo(section.select("tbody td").eachText());
        }
        assertThat(page.select("link[rel=stylesheet]").eachAttr("href"))
                .anySatisfy(href -> assertThat(href).startsWith("/assets/css/overview"));
    }

    @Test
    void showsTheFiguresInJapanese() throws Exception {
        Document page = get200("/statistics", "ja");

        assertThat(text(page, "h1")).isEqualTo("統計");
        assertThat(texts(page, "section.statistic h2")).contains("年別の協定数", "年別の会談数");
        assertThat(table(page, "agreements-by-decade")).anySatisfy(row -> assertThat(row).startsWith("2010年代="));
        assertThat(table(page, "agreements-by-continent")).anySatisfy(row -> assertThat(row).startsWith("ヨーロッパ="));
    }

    @Test
    void neverCountsDraftsOrWithdrawnRecordsEvenForStaff() throws Exception {
        fixtures.agreement("Draft statistics agreement", "下書き", "DRAFT", "rome", "LETTER_OF_INTENT",
                LocalDate.of(1951, 3, 1));
        fixtures.agreement("Withdrawn statistics agreement", "取り下げ", "WITHDRAWN", "rome", "LETTER_OF_INTENT",
                LocalDate.of(1951, 3, 1));
        fixtures.meeting("Draft statistics meeting", "DRAFT", "rome", LocalDate.of(1951, 3, 1));
        fixtures.agreement("Published statistics agreement", "公開", "PUBLISHED", "rome", "LETTER_OF_INTENT",
                LocalDate.of(1952, 3, 1));

        Document page = get200("/statistics", "en");
        assertThat(table(page, "agreements-by-year")).contains("1952=1").noneMatch(row -> row.startsWith("1951="));
        assertThat(table(page, "agreements-by-decade")).contains("1950s=1");
        assertThat(table(page, "meetings-by-year")).noneMatch(row -> row.startsWith("1951="));

        Document staff = page(mvc.perform(get("/statistics").header("Accept-Language", "en")
                .with(SecurityMockMvcRequestPostProcessors.user("editor").roles("EDITOR"))).andExpect(status().isOk())
                .andReturn());
        assertThat(table(staff, "agreements-by-year")).contains("1952=1").noneMatch(row -> row.startsWith("1951="));

        assertThat(csv("/statistics.csv")).contains("AGREEMENTS_BY_YEAR,1952,1952,1952,1")
                .doesNotContain("AGREEMENTS_BY_YEAR,1951");
    }

    @Test
    void followsTheListingsPartnerTypeAndDateFilters() throws Exception {
        fixtures.agreement("Filtered statistics agreement", "絞り込み", "PUBLISHED", "rome", "LETTER_OF_INTENT",
                LocalDate.of(1953, 3, 1));
        fixtures.agreement("Other partner's agreement", "別の提携先", "PUBLISHED", "paris", "LETTER_OF_INTENT",
                LocalDate.of(1953, 4, 1));

        Document rome = get200("/statistics?partner=rome&type=LETTER_OF_INTENT", "en");
        assertThat(table(rome, "agreements-by-year")).containsExactly("1953=1");
        assertThat(table(rome, "agreements-by-type")).containsExactly("Letter of intent=1");
        assertThat(table(rome, "agreements-by-continent")).containsExactly("Europe=1");
        assertThat(rome.select("#filter-partner option[selected]").eachAttr("value")).containsExactly("rome");
        assertThat(rome.select(".statistics-links a").eachAttr("href"))
                .contains("/statistics.csv?partner=rome&type=LETTER_OF_INTENT", "/agreements?partner=rome&type=LETTER_OF_INTENT");

        Document years = get200("/statistics?from=1953&to=1953", "en");
        assertThat(table(years, "agreements-by-year")).containsExactly("1953=2");

        mvc.perform(get("/statistics?type=TREATY")).andExpect(status().isBadRequest());
        mvc.perform(get("/statistics.csv?from=19x6")).andExpect(status().isBadRequest());
    }

    @Test
    void exportsTheSameFiguresAsCsvWithLabelsInBothLanguages() throws Exception {
        String body = csv("/statistics.csv?partner=rome");
        assertThat(body).startsWith("\uFEFFdimension,key,label_en,label_ja,count");
        List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(body.substring(1))).getRecords();
        assertThat(rows).anySatisfy(r -> {
            assertThat(r.get("dimension")).isEqualTo("AGREEMENTS_BY_CONTINENT");
            assertThat(r.get("label_en")).isEqualTo("Europe");
            assertThat(r.get("label_ja")).isEqualTo("ヨーロッパ");
        });
        assertThat(rows).anySatisfy(r -> {
            assertThat(r.get("dimension")).isEqualTo("AGREEMENTS_BY_DECADE");
            assertThat(r.get("label_ja")).endsWith("年代");
        });
        assertThat(rows).allSatisfy(r -> assertThat(r.get("label_en")).doesNotStartWith("=").doesNotStartWith("+")
                .doesNotStartWith("-").doesNotStartWith("@"));
    }

    @Test
    void runsAtMostThreeStatementsWithTenRowsOrAThousand() throws Exception {
        for (int rows : List.of(10, 1000)) {
            jdbc.sql("""
                    WITH a AS (INSERT INTO agreement (type, title, signed_on, signed_on_precision, status, visibility,
                                                      created_by)
                               SELECT 'OTHER', 'Statistics count ' || g, DATE '1990-01-01' + g, 'DAY', 'UNKNOWN',
                                      'PUBLISHED', 'statistics-count-test'
                                 FROM generate_series(1, :rows) g RETURNING id)
                    INSERT INTO agreement_partner (agreement_id, partner_id, position)
                    SELECT a.id, p.id, 0 FROM a JOIN partner p ON p.slug = 'rome'""").param("rows", rows).update();
            try {
                StatementCounter.reset();
                get200("/statistics?partner=rome", "en");
                assertThat(StatementCounter.count()).as("/statistics with %d more rows", rows).isLessThanOrEqualTo(3);
                StatementCounter.reset();
                csv("/statistics.csv");
                assertThat(StatementCounter.count()).as("/statistics.csv with %d more rows", rows).isLessThanOrEqualTo(2);
            }
            finally {
                jdbc.sql("DELETE FROM agreement WHERE created_by = 'statistics-count-test'").update();
            }
        }
    }
}
