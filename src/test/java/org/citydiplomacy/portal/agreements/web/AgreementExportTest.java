package org.citydiplomacy.portal.agreements.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.citydiplomacy.portal.support.WebPages.page;
import static org.citydiplomacy.portal.support.WebPages.texts;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.asyncDispatch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.citydiplomacy.portal.support.PortalTest;
import org.citydiplomacy.portal.support.RecordFixtures;
import org.citydiplomacy.portal.support.StatementCounter;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;

@PortalTest
class AgreementExportTest {

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

    /** The CSV as a spreadsheet program would receive it; the export streams, so it is dispatched asynchronously. */
    String csv(String query) throws Exception {
        MvcResult started = mvc.perform(get("/agreements.csv" + query)).andExpect(request().asyncStarted()).andReturn();
        MvcResult done = mvc.perform(asyncDispatch(started))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "text/csv;charset=UTF-8"))
                .andExpect(header().string("Content-Disposition", "attachment; filename=\"agreements.csv\""))
                .andReturn();
        assertThat(done.getResponse().getHeader("ETag")).isNull();
        return new String(done.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
    }

    List<CSVRecord> rows(String csv) throws Exception {
        return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(csv.substring(1))).getRecords();
    }

    long published(String where) {
        return jdbc.sql("SELECT count(*) FROM agreement a WHERE a.visibility = 'PUBLISHED'" + where).query(Long.class).single();
    }

    /** The CSV's columns as the README's "The CSV export" table lists them, in its order. */
    static List<String> readmeColumns() throws Exception {
        List<String> lines = Files.readAllLines(Path.of("README.md"));
        int start = lines.indexOf("### The CSV export");
        assertThat(start).as("README section \"The CSV export\"").isNotNegative();
        Pattern row = Pattern.compile("^\\| `([a-z_]+)` \\|.*");
        List<String> columns = new ArrayList<>();
        for (String line : lines.subList(start + 1, lines.size())) {
            if (line.startsWith("#")) {
                break;
            }
            Matcher m = row.matcher(line);
            if (m.matches()) {
                columns.add(m.group(1));
            }
        }
        return columns;
    }

    @Test
    void theColumnsAreExactlyTheReadmesListIncludingTextsMeetingsAndSources() throws Exception {
        String csv = csv("");
        List<String> header = CSVFormat.RFC4180.parse(new StringReader(csv.substring(1))).iterator().next().toList();
        assertThat(header).containsExactlyElementsOf(readmeColumns());
        assertThat(header).contains("text_en", "text_ja", "meetings", "sources_en", "sources_ja");

        CSVRecord rome = rows(csv).stream().filter(r -> r.get("title_en").equals(AgreementPageTest.ROME_TITLE))
                .findFirst().orElseThrow();
        long id = Long.parseLong(rome.get("id"));
        String english = jdbc.sql("SELECT body FROM agreement_text WHERE agreement_id = :id AND language = 'en'")
                .param("id", id).query(String.class).single();
        assertThat(rome.get("text_en")).isEqualTo(english).startsWith("On the occasion of");
        assertThat(rome.get("text_ja")).startsWith("東京都とローマ市が友好都市提携");
        String meeting = jdbc.sql("SELECT meeting_id::text FROM meeting_agreement WHERE agreement_id = :id")
                .param("id", id).query(String.class).single();
        assertThat(rome.get("meetings")).isEqualTo(meeting);
        assertThat(rome.get("meeting_titles_en")).isEqualTo("Meeting of the Governor of Tokyo and the Mayor of Rome at Rome City Hall");
        assertThat(rome.get("meeting_titles_ja")).isEqualTo("ローマ市庁舎における東京都知事とローマ市長の会談");
        assertThat(rome.get("sources_en")).startsWith(
                "Joint Communiqué of the City of Rome (Republic of Italy) and the Tokyo Metropolitan Government (Japan): The communiqué itself");
        assertThat(rome.get("sources_ja")).startsWith(
                "東京都（日本国）とローマ市（イタリア共和国）との共同コミュニケ：共同コミュニケ本文");
        // An agreement without texts has empty text cells, not "null".
        assertThat(rows(csv)).anyMatch(r -> r.get("full_text_languages").isEmpty() && r.get("text_en").isEmpty());
    }

    @Test
    void exportsEveryPublishedAgreementWithEveryPublicFieldInBothLanguages() throws Exception {
        String csv = csv("");
        assertThat(csv).startsWith("\uFEFFid,url,type,type_en,type_ja,title_en,title_ja,signed_on,");
        List<CSVRecord> rows = rows(csv);
        assertThat(rows).hasSize((int) published(""));
        Map<String, CSVRecord> byTitle = rows.stream().collect(Collectors.toMap(r -> r.get("title_en"), r -> r, (a, b) -> a));
        CSVRecord rome = byTitle.get(AgreementPageTest.ROME_TITLE);
        assertThat(rome.get("url")).isEqualTo("http://localhost:8080/agreements/" + rome.get("id"));
        assertThat(rome.get("type")).isEqualTo("JOINT_COMMUNIQUE");
        assertThat(rome.get("type_en")).isEqualTo("Joint communiqué");
        assertThat(rome.get("type_ja")).isEqualTo("共同コミュニケ");
        assertThat(rome.get("title_ja")).isEqualTo("東京都（日本国）とローマ市（イタリア共和国）との共同コミュニケ");
        assertThat(rome.get("signed_on")).isEqualTo("2026-02-05");
        assertThat(rome.get("signed_on_precision")).isEqualTo("DAY");
        assertThat(rome.get("place_en")).isEqualTo("Rome City Hall");
        assertThat(rome.get("place_ja")).isEqualTo("ローマ市庁舎");
        assertThat(rome.get("summary_en")).startsWith("Issued at the meeting");
        assertThat(rome.get("summary_ja")).startsWith("友好都市提携30周年");
        assertThat(rome.get("status")).isEqualTo("UNKNOWN");
        assertThat(rome.get("status_ja")).isEqualTo("記録なし");
        assertThat(rome.get("partners")).isEqualTo("rome");
        assertThat(rome.get("partner_names_en")).isEqualTo("Rome");
        assertThat(rome.get("partner_names_ja")).isEqualTo("ローマ市");
        assertThat(rome.get("areas")).contains("CULTURE", "STARTUPS");
        assertThat(rome.get("areas_ja")).contains("文化", "スタートアップ");
        assertThat(rome.get("signatories_en")).isEqualTo("Koike Yuriko, Governor of Tokyo; Roberto Gualtieri, Mayor of Rome");
        assertThat(rome.get("signatories_ja")).isEqualTo("小池百合子、東京都知事; ロベルト・グアルティエーリ、ローマ市長");
        assertThat(rome.get("full_text_languages")).isEqualTo("en; ja");
    }

    @Test
    void appliesTheListingsFiltersAndOrder() throws Exception {
        List<CSVRecord> rows = rows(csv("?type=JOINT_COMMUNIQUE&sort=oldest"));
        assertThat(rows).hasSize((int) published(" AND a.type = 'JOINT_COMMUNIQUE'"));
        assertThat(rows).allMatch(r -> r.get("type").equals("JOINT_COMMUNIQUE"));
        assertThat(rows.stream().map(r -> r.get("signed_on")).toList()).isSortedAccordingTo(String::compareTo);
        assertThat(rows(csv("?q=ヘルシンキ"))).singleElement()
                .satisfies(r -> assertThat(r.get("partners")).isEqualTo("helsinki"));
    }

    @Test
    void neverExportsDraftsAndStreamsInOneStatement() throws Exception {
        fixtures = new RecordFixtures(jdbc);
        fixtures.agreement("Draft on lunar tourism, \"quoted\"", "月面観光に関する協定案", "DRAFT", "rome", "OTHER",
                LocalDate.of(2031, 1, 1));
        StatementCounter.reset();
        String csv = csv("");
        assertThat(StatementCounter.count()).isEqualTo(1);
        assertThat(csv).doesNotContain("lunar").doesNotContain("月面");
    }

    @Test
    void quotesCommasQuotesAndLineBreaksInTexts() throws Exception {
        fixtures = new RecordFixtures(jdbc);
        fixtures.agreement("Accord on ports, \"harbours\"\nand ferries", "港湾に関する協定", "PUBLISHED", "rome", "OTHER",
                LocalDate.of(2026, 6, 1));
        String csv = csv("?type=OTHER");
        assertThat(csv).contains("\"Accord on ports, \"\"harbours\"\"\nand ferries\"");
        assertThat(rows(csv)).anyMatch(r -> r.get("title_en").equals("Accord on ports, \"harbours\"\nand ferries"));
    }

    @Test
    void aBadFilterGetsTheErrorPageThatNamesIt() throws Exception {
        Document page = page(mvc.perform(get("/agreements.csv?type=TREATY").header("Accept-Language", "ja"))
                .andExpect(status().isBadRequest()).andReturn());
        assertThat(texts(page, ".error-summary li")).containsExactly("種類 「TREATY」は協定の種類ではありません。一覧から選んでください。");
    }

    SyndFeed feed(String query, String language) throws Exception {
        MvcResult result = mvc.perform(get("/agreements.atom" + query).header("Accept-Language", language))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/atom+xml;charset=UTF-8"))
                .andReturn();
        return new SyndFeedInput().build(new StringReader(result.getResponse().getContentAsString(StandardCharsets.UTF_8)));
    }

    @Test
    void feedsTheNewestAgreementsAsAtom() throws Exception {
        SyndFeed feed = feed("", "en");
        assertThat(feed.getFeedType()).isEqualTo("atom_1.0");
        assertThat(feed.getTitle()).isEqualTo("Agreements – City Diplomacy Records");
        assertThat(feed.getEntries()).hasSize((int) Math.min(50, published("")));
        SyndEntry first = feed.getEntries().get(0);
        assertThat(first.getTitle()).isEqualTo(AgreementPageTest.ROME_TITLE);
        assertThat(first.getLink()).matches("http://localhost:8080/agreements/\\d+");
        assertThat(first.getUri()).isEqualTo(first.getLink());
        assertThat(first.getUpdatedDate()).isNotNull();
        assertThat(first.getCategories()).anyMatch(c -> c.getName().equals("JOINT_COMMUNIQUE"));
        assertThat(feed.getEntries().stream().map(e -> e.getPublishedDate()).toList())
                .isSortedAccordingTo((a, b) -> b.compareTo(a));
    }

    @Test
    void feedsWithTheListingsFiltersInTheReadersLanguage() throws Exception {
        String xml = mvc.perform(get("/agreements.atom?partner=helsinki").header("Accept-Language", "ja"))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(xml).contains("<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"ja\">");
        SyndFeed feed = feed("?partner=helsinki", "ja");
        assertThat(feed.getTitle()).isEqualTo("協定 – 都市外交記録");
        assertThat(feed.getEntries()).singleElement().satisfies(e -> {
            assertThat(e.getTitle()).isEqualTo("東京都(日本国)とヘルシンキ市(フィンランド共和国)との共同コミュニケ");
            assertThat(e.getDescription().getValue()).startsWith("共同コミュニケ（2023年8月21日締結、ヘルシンキ市）");
        });
        mvc.perform(get("/agreements.atom?from=someday")).andExpect(status().isBadRequest());
    }

    @Test
    void neverFeedsDrafts() throws Exception {
        fixtures = new RecordFixtures(jdbc);
        fixtures.agreement("Draft on orbital parks", "軌道公園に関する協定案", "DRAFT", "rome", "OTHER", LocalDate.of(2032, 1, 1));
        StatementCounter.reset();
        SyndFeed feed = feed("", "en");
        // The data version (the feed is kept per version like a page), then the feed itself.
        assertThat(StatementCounter.count()).isEqualTo(2);
        assertThat(feed.getEntries()).noneMatch(e -> e.getTitle().contains("orbital"));
    }
}
