package org.citydiplomacy.portal.agreements.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.citydiplomacy.portal.support.WebPages.page;
import static org.citydiplomacy.portal.support.WebPages.text;
import static org.citydiplomacy.portal.support.WebPages.texts;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import java.util.List;

import org.citydiplomacy.portal.support.PortalTest;
import org.citydiplomacy.portal.support.RecordFixtures;
import org.citydiplomacy.portal.support.StatementCounter;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

@PortalTest
class AgreementPageTest {

    static final String ROME_TITLE =
            "Joint Communiqué of the City of Rome (Republic of Italy) and the Tokyo Metropolitan Government (Japan)";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    RecordFixtures fixtures;
    long rome;

    @BeforeEach
    void setUp() {
        fixtures = new RecordFixtures(jdbc);
        rome = jdbc.sql("SELECT id FROM agreement WHERE title = :t").param("t", ROME_TITLE).query(Long.class).single();
    }

    @AfterEach
    void cleanUp() {
        fixtures.deleteAll();
    }

    Document show(long id, String language) throws Exception {
        return page(mvc.perform(get("/agreements/" + id).header("Accept-Language", language))
                .andExpect(status().isOk()).andReturn());
    }

    @Test
    void showsEveryPublicFieldWithBothTextsEachMarkedWithItsLanguage() throws Exception {
        Document page = show(rome, "en");
        assertThat(text(page, "h1")).isEqualTo(ROME_TITLE);
        assertThat(page.select(".record__alt-title").attr("lang")).isEqualTo("ja");
        assertThat(text(page, ".record__alt-title")).isEqualTo("東京都（日本国）とローマ市（イタリア共和国）との共同コミュニケ");
        assertThat(text(page, ".eyebrow")).contains("Joint communiqué");
        String facts = text(page, ".facts");
        assertThat(facts).contains("Signed 5 February 2026", "Place Rome City Hall", "Partners Rome", "Status Not recorded");
        assertThat(page.select(".facts a[href=/partners/rome]")).hasSize(1);
        assertThat(texts(page, ".tags .tag")).contains("Culture", "Disaster resilience", "Startups");
        assertThat(page.select(".tags a").first().attr("href")).startsWith("/agreements?area=");
        assertThat(texts(page, ".person__name")).containsExactly("Koike Yuriko", "Roberto Gualtieri");
        assertThat(texts(page, ".person__office")).containsExactly("Governor of Tokyo", "Mayor of Rome");
        assertThat(text(page, "#summary-title + .prose")).startsWith("Issued at the meeting of the Governor of Tokyo");

        Element english = page.selectFirst(".texts article[lang=en]");
        Element japanese = page.selectFirst(".texts article[lang=ja]");
        assertThat(english.selectFirst(".text__language").text()).isEqualTo("English");
        assertThat(english.selectFirst(".text__body").text()).startsWith("On the occasion of the governor of Tokyo's visit");
        assertThat(japanese.selectFirst(".text__language").text()).isEqualTo("Japanese");
        assertThat(japanese.selectFirst(".text__body").text()).startsWith("東京都とローマ市が友好都市提携 30 周年");
        assertThat(page.select(".texts").hasClass("texts--pair")).isTrue();

        assertThat(page.select("a[href^=/meetings/]").eachText())
                .contains("Meeting of the Governor of Tokyo and the Mayor of Rome at Rome City Hall");
        assertThat(text(page, ".sources")).contains("The city's own word");
    }

    @Test
    void saysThatNoTextIsPublishedExactlyWhereThereIsNone() throws Exception {
        List<Long> published = jdbc.sql("SELECT id FROM agreement WHERE visibility = 'PUBLISHED' ORDER BY id")
                .query(Long.class).list();
        List<Long> withText = jdbc.sql("SELECT DISTINCT agreement_id FROM agreement_text").query(Long.class).list();
        assertThat(withText).contains(rome);
        assertThat(published).anyMatch(id -> !withText.contains(id));
        for (long id : published) {
            Document page = show(id, "en");
            boolean none = page.select(".texts__none").size() == 1;
            assertThat(none).as("agreement %d says no text is published", id).isEqualTo(!withText.contains(id));
            if (none) {
                assertThat(page.selectFirst(".texts__none").text()).isEqualTo("No text of this agreement is published.");
                assertThat(page.select("#texts .text")).isEmpty();
            }
        }
        long without = published.stream().filter(id -> !withText.contains(id)).findFirst().orElseThrow();
        assertThat(show(without, "ja").selectFirst(".texts__none").text()).isEqualTo("この協定の本文は公開されていません。");
        assertThat(show(rome, "ja").select(".texts__none")).isEmpty();
    }

    @Test
    void givesAPermanentLinkAndASuggestedCitation() throws Exception {
        Document page = show(rome, "en");
        String permalink = "http://localhost:8080/agreements/" + rome;
        assertThat(page.select(".cite__link a").attr("href")).isEqualTo(permalink);
        assertThat(text(page, ".cite__text")).startsWith("Tokyo Metropolitan Government. “" + ROME_TITLE
                + ".” Joint communiqué, signed 5 February 2026. City Diplomacy Records, " + permalink + " (accessed ");
        Document ja = show(rome, "ja");
        assertThat(text(ja, ".cite__text")).startsWith("東京都「東京都（日本国）とローマ市（イタリア共和国）との共同コミュニケ」"
                + "（共同コミュニケ、2026年2月5日締結）『都市外交記録』" + permalink + "（");
    }

    @Test
    void speaksJapanese() throws Exception {
        Document page = show(rome, "ja");
        assertThat(page.select("html").attr("lang")).isEqualTo("ja");
        assertThat(text(page, "h1")).isEqualTo("東京都（日本国）とローマ市（イタリア共和国）との共同コミュニケ");
        assertThat(page.select(".record__alt-title").attr("lang")).isEqualTo("en");
        assertThat(text(page, ".facts")).contains("締結日 2026年2月5日", "締結場所 ローマ市庁舎", "提携先 ローマ市");
        assertThat(texts(page, ".person__name")).containsExactly("小池百合子", "ロベルト・グアルティエーリ");
        assertThat(texts(page, ".text__language")).containsExactly("英語", "日本語");
        Document switched = page(mvc.perform(get("/agreements/" + rome + "?lang=ja")).andExpect(status().isOk()).andReturn());
        assertThat(text(switched, "h1")).isEqualTo(text(page, "h1"));
    }

    @Test
    void anAgreementWithoutJapaneseFieldsMarksItsEnglishTitleOnAJapanesePage() throws Exception {
        long berlin = jdbc.sql("SELECT id FROM agreement WHERE title_ja IS NULL ORDER BY id LIMIT 1").query(Long.class).single();
        Document page = show(berlin, "ja");
        assertThat(page.select(".record__alt-title")).isEmpty();
        assertThat(page.select(".texts")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = { "/agreements/999999", "/agreements/abc", "/agreements/-1" })
    void aMissingAgreementIsAFriendlyNotFoundPage(String url) throws Exception {
        Document page = page(mvc.perform(get(url)).andExpect(status().isNotFound()).andReturn());
        assertThat(text(page, "h1")).isEqualTo("Page not found");
        assertThat(page.select("a[href=/agreements]")).isNotEmpty();
        Document ja = page(mvc.perform(get(url).header("Accept-Language", "ja")).andExpect(status().isNotFound()).andReturn());
        assertThat(text(ja, "h1")).isEqualTo("ページが見つかりません");
    }

    @Test
    void aDraftIsNotFoundForThePublicAndShownToStaff() throws Exception {
        long draft = fixtures.agreement("Draft on tidal energy", "潮力に関する協定案", "DRAFT", "rome",
                "MEMORANDUM_OF_UNDERSTANDING", LocalDate.of(2026, 3, 1));
        Document page = page(mvc.perform(get("/agreements/" + draft)).andExpect(status().isNotFound()).andReturn());
        assertThat(page.text()).doesNotContain("tidal");
        mvc.perform(get("/agreements/" + draft).with(user("editor").roles("EDITOR"))).andExpect(status().isOk());
    }

    @Test
    void listsSignedDocumentsAndDownloadsThemWithTheirOriginalName() throws Exception {
        byte[] pdf = "%PDF-1.7\nsigned communiqué\n%%EOF".getBytes(StandardCharsets.UTF_8);
        long document = fixtures.document(rome, "ja", "共同コミュニケ \"ローマ\".pdf", pdf, "PUBLISHED");
        Document page = show(rome, "en");
        Element link = page.selectFirst(".document__link");
        assertThat(link.attr("href")).isEqualTo("/agreements/" + rome + "/documents/" + document);
        assertThat(link.text()).isEqualTo("共同コミュニケ \"ローマ\".pdf");
        assertThat(text(page, ".document__meta")).isEqualTo("PDF, Japanese, " + pdf.length + " bytes");

        MvcResult download = mvc.perform(get(link.attr("href")))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/pdf"))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andExpect(header().string("Content-Disposition", "attachment; filename=\"_______ _____.pdf\"; "
                        + "filename*=UTF-8''%E5%85%B1%E5%90%8C%E3%82%B3%E3%83%9F%E3%83%A5%E3%83%8B%E3%82%B1%20"
                        + "%22%E3%83%AD%E3%83%BC%E3%83%9E%22.pdf"))
                .andReturn();
        assertThat(download.getResponse().getContentAsByteArray()).isEqualTo(pdf);
        assertThat(download.getResponse().getContentLengthLong()).isEqualTo(pdf.length);
        String etag = download.getResponse().getHeader("ETag");
        assertThat(etag).isEqualTo("\"" + RecordFixtures.sha256(pdf) + "\"");
        mvc.perform(get(link.attr("href")).header("If-None-Match", etag)).andExpect(status().isNotModified());
    }

    @Test
    void downloadsADocumentLargerThanOneSliceWhole() throws Exception {
        byte[] pdf = new byte[1_300_000];
        new java.util.Random(7).nextBytes(pdf);
        long document = fixtures.document(rome, "en", "large.pdf", pdf, "PUBLISHED");
        StatementCounter.reset();
        MvcResult download = mvc.perform(get("/agreements/" + rome + "/documents/" + document))
                .andExpect(status().isOk()).andReturn();
        assertThat(download.getResponse().getContentAsByteArray()).isEqualTo(pdf);
        // The metadata, then three slices of at most 512 KiB.
        assertThat(StatementCounter.count()).isEqualTo(4);
    }

    @Test
    void neverServesADocumentThePublicMayNotSee() throws Exception {
        byte[] pdf = "%PDF-1.7 draft".getBytes(StandardCharsets.UTF_8);
        long draftDocument = fixtures.document(rome, "en", "draft.pdf", pdf, "DRAFT");
        mvc.perform(get("/agreements/" + rome + "/documents/" + draftDocument)).andExpect(status().isNotFound());
        assertThat(show(rome, "en").select(".document")).isEmpty();

        long draft = fixtures.agreement("Draft with a document", null, "DRAFT", "rome", "OTHER", LocalDate.of(2026, 4, 1));
        long ofDraft = fixtures.document(draft, "en", "of-draft.pdf", pdf, "PUBLISHED");
        mvc.perform(get("/agreements/" + draft + "/documents/" + ofDraft)).andExpect(status().isNotFound());
        // A document asked for under another agreement is not found either.
        mvc.perform(get("/agreements/" + rome + "/documents/" + ofDraft)).andExpect(status().isNotFound());
        mvc.perform(get("/agreements/" + draft + "/documents/" + ofDraft).with(user("editor").roles("EDITOR")))
                .andExpect(status().isOk());
    }

    @Test
    void runsAtMostSixStatements() throws Exception {
        StatementCounter.reset();
        show(rome, "en");
        assertThat(StatementCounter.count()).isLessThanOrEqualTo(6);
    }
}
