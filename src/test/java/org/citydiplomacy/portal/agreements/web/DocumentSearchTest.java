package org.citydiplomacy.portal.agreements.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.citydiplomacy.portal.support.WebPages.page;
import static org.citydiplomacy.portal.support.WriteApiSupport.EDITOR;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.anonymous;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.citydiplomacy.portal.support.Pdfs;
import org.citydiplomacy.portal.support.PortalTest;
import org.citydiplomacy.portal.support.WriteApiSupport;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The words inside signed PDFs (English and Japanese, read at upload) and partners' names in both
 * languages find agreements; the public finds only published agreements' documents; each result
 * says where the words were and shows them marked, escaped.
 */
@PortalTest
class DocumentSearchTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JsonMapper json;

    @Autowired
    JdbcClient jdbc;

    WriteApiSupport api;
    String partner;

    @BeforeEach
    void setUp() throws Exception {
        api = new WriteApiSupport(mvc, json, jdbc);
        partner = api.createPartner();
    }

    @AfterEach
    void removeCreatedRecords() {
        api.removeCreatedRecords();
    }

    private long agreement(String visibility) throws Exception {
        Map<String, Object> body = api.agreement("Memorandum on ferries " + WriteApiSupport.unique("m"), partner);
        body.put("visibility", visibility);
        return api.createAgreement(body);
    }

    private void upload(long agreement, String filename, String language, byte[] pdf) throws Exception {
        mvc.perform(multipart("/api/v1/agreements/{id}/documents", agreement)
                        .file(new MockMultipartFile("file", filename, "application/pdf", pdf))
                        .param("language", language).with(EDITOR))
                .andExpect(status().isCreated());
    }

    private String extractedText(long agreement) {
        return jdbc.sql("SELECT string_agg(extracted_text, ' ') FROM agreement_document WHERE agreement_id = :id")
                .param("id", agreement).query(String.class).single();
    }

    private JsonNode apiSearch(String q, org.springframework.test.web.servlet.request.RequestPostProcessor who)
            throws Exception {
        return api.read(mvc.perform(get("/api/v1/agreements").param("q", q).param("size", "100").with(who))
                .andExpect(status().isOk()).andReturn());
    }

    private static List<Long> ids(JsonNode page) {
        List<Long> ids = new ArrayList<>();
        page.get("content").forEach(a -> ids.add(a.get("id").asLong()));
        return ids;
    }

    private Document webSearch(String q) throws Exception {
        return page(mvc.perform(get("/agreements").param("q", q).param("lang", "en")).andExpect(status().isOk()).andReturn());
    }

    @Test
    void readsTheEnglishAndJapaneseTextOfAPdfAtUpload() throws Exception {
        long id = agreement("PUBLISHED");
        upload(id, "ferries-en.pdf", "en", Pdfs.withText("Cooperation on electric ferries", "between the two ports."));
        upload(id, "ferries-ja.pdf", "ja", Pdfs.japanese());

        assertThat(extractedText(id)).contains("Cooperation on electric ferries between the two ports.")
                .contains("水素燃料船の共同研究に関する覚書").contains("Hydrogen ferry memorandum");
    }

    @Test
    void findsAPublishedAgreementByAWordOnlyInItsPdfOnThePageAndInTheApi() throws Exception {
        String word = "zqxpdfword" + System.nanoTime() % 100_000;
        long id = agreement("PUBLISHED");
        upload(id, "signed-mou.pdf", "en", Pdfs.withText("The parties agree on " + word + " exchanges."));

        JsonNode found = apiSearch(word, anonymous());
        assertThat(ids(found)).containsExactly(id);
        JsonNode match = found.at("/content/0/match");
        assertThat(match.get("place").asString()).isEqualTo("DOCUMENT");
        assertThat(match.get("source").asString()).isEqualTo("signed-mou.pdf");
        assertThat(match.get("excerpt").asString()).isEqualTo("The parties agree on <mark>" + word + "</mark> exchanges.");

        Document page = webSearch(word.toUpperCase(java.util.Locale.ROOT));
        Element result = page.selectFirst(".result");
        assertThat(page.select(".result")).hasSize(1);
        assertThat(result.select(".result__match-place").text()).isEqualTo("Found in the signed PDF signed-mou.pdf:");
        assertThat(result.select(".result__excerpt mark").text()).isEqualTo(word);
    }

    @Test
    void findsAJapanesePdfByItsWordsOfTwoAndMoreCharacters() throws Exception {
        long id = agreement("PUBLISHED");
        upload(id, "ferries-ja.pdf", "ja", Pdfs.japanese());

        assertThat(ids(apiSearch("水素燃料船", anonymous()))).contains(id);
        assertThat(ids(apiSearch("燃料船", anonymous()))).contains(id);
        JsonNode match = apiSearch("共同研究 水素燃料船", anonymous()).at("/content/0/match");
        assertThat(match.get("excerpt").asString()).contains("<mark>水素燃料船</mark>の<mark>共同研究</mark>");
        Document page = webSearch("水素燃料船");
        assertThat(page.select(".result__match-place").eachText()).contains("Found in the signed PDF ferries-ja.pdf:");
    }

    @Test
    void neverFindsADraftAgreementByItsPdfForThePublicButDoesForStaff() throws Exception {
        String word = "zqxdraftpdf" + System.nanoTime() % 100_000;
        long id = agreement("DRAFT");
        upload(id, "draft.pdf", "en", Pdfs.withText("Confidential " + word));

        assertThat(ids(apiSearch(word, anonymous()))).isEmpty();
        assertThat(webSearch(word).select(".result")).isEmpty();
        assertThat(webSearch(word).outerHtml()).doesNotContain("Confidential");
        assertThat(ids(apiSearch(word, EDITOR))).containsExactly(id);
    }

    @Test
    void aWithdrawnDocumentLeavesTheSearch() throws Exception {
        String word = "zqxwithdrawn" + System.nanoTime() % 100_000;
        long id = agreement("PUBLISHED");
        upload(id, "old.pdf", "en", Pdfs.withText("Superseded " + word));
        assertThat(ids(apiSearch(word, anonymous()))).containsExactly(id);

        jdbc.sql("UPDATE agreement_document SET visibility = 'WITHDRAWN' WHERE agreement_id = :id").param("id", id).update();

        assertThat(ids(apiSearch(word, anonymous()))).isEmpty();
        assertThat(ids(apiSearch(word, EDITOR))).isEmpty();
    }

    @Test
    void marksTheWordsInAnExcerptThatIsEscapedWhateverTheDocumentSays() throws Exception {
        String word = "zqxscript" + System.nanoTime() % 100_000;
        long id = agreement("PUBLISHED");
        upload(id, "R&D <notes>.pdf", "en", Pdfs.withText("<script>alert(1)</script> & " + word + " \"<img src=x onerror=alert(2)>"));

        String excerpt = apiSearch(word, anonymous()).at("/content/0/match/excerpt").asString();
        assertThat(excerpt).isEqualTo("&lt;script&gt;alert(1)&lt;/script&gt; &amp; <mark>" + word
                + "</mark> &quot;&lt;img src=x onerror=alert(2)&gt;");

        Document page = webSearch(word);
        Element match = page.selectFirst(".result__match");
        assertThat(match.select("script, img, b")).isEmpty();
        assertThat(match.select("mark").text()).isEqualTo(word);
        assertThat(match.text()).contains("<script>alert(1)</script>", "R&D _notes_.pdf");
    }

    @Test
    void aPdfWithoutTextIsStoredWithNoWords() throws Exception {
        long id = agreement("PUBLISHED");
        upload(id, "scan.pdf", "en", WriteApiSupport.realPdf());

        assertThat(extractedText(id)).isEmpty();
    }

    @Test
    void findsParisAgreementsByItsJapaneseAndOtherNames() throws Exception {
        List<Long> paris = ids(api.read(mvc.perform(get("/api/v1/agreements").param("partner", "paris").param("size", "100"))
                .andReturn()));
        assertThat(paris).isNotEmpty();
        for (String q : List.of("パリ", "パリ市", "Paris", "city of paris")) {
            assertThat(ids(apiSearch(q, anonymous()))).as(q).containsAll(paris);
        }
        assertThat(ids(apiSearch("パリ市", anonymous()))).containsExactlyInAnyOrderElementsOf(paris);
        Document page = webSearch("パリ市");
        assertThat(page.select(".result")).hasSize(paris.size());
        assertThat(page.select(".result__excerpt mark").eachText()).allMatch("パリ市"::equals);
    }

    @Test
    void aResultShowsTheFirstPlaceItsWordIsIn() throws Exception {
        String word = "zqxplace" + System.nanoTime() % 100_000;
        long everywhere = agreementWithTexts("Memorandum on " + word, "On " + word, word + "について",
                "The parties agree on " + word + ".", "両者は " + word + " に合意する。");
        long summaryJa = agreementWithTexts("Memorandum", null, word + "について",
                "The parties agree on " + word + ".", "両者は " + word + " に合意する。");
        long texts = agreementWithTexts("Memorandum", "On ports", null,
                "The parties agree on " + word + ".", "両者は " + word + " に合意する。");
        long japaneseText = agreementWithTexts("Memorandum", null, null, "The parties agree.", "両者は " + word + " に合意する。");
        try {
            Map<Long, String> places = new HashMap<>();
            apiSearch(word, anonymous()).get("content").forEach(a -> places.put(a.get("id").asLong(),
                    a.at("/match/place").asString() + " " + a.at("/match/source").asString("")));
            assertThat(places).containsExactlyInAnyOrderEntriesOf(Map.of(everywhere, "TITLE ", summaryJa, "SUMMARY ",
                    texts, "TEXT en", japaneseText, "TEXT ja"));
        }
        finally {
            jdbc.sql("DELETE FROM agreement WHERE created_by = 'place-order-test'").update();
        }
    }

    private long agreementWithTexts(String title, String summary, String summaryJa, String english, String japanese) {
        long id = jdbc.sql("""
                INSERT INTO agreement (type, title, summary, summary_ja, signed_on, signed_on_precision, status, visibility, created_by)
                VALUES ('OTHER', :title, :summary, :summaryJa, DATE '2020-01-01', 'DAY', 'UNKNOWN', 'PUBLISHED', 'place-order-test')
                RETURNING id""")
                .param("title", title).param("summary", summary).param("summaryJa", summaryJa).query(Long.class).single();
        jdbc.sql("INSERT INTO agreement_text (agreement_id, language, body) VALUES (:id, 'en', :en), (:id, 'ja', :ja)")
                .param("id", id).param("en", english).param("ja", japanese).update();
        return id;
    }

    @Test
    void aRenamedPartnerIsFoundByItsNewName() throws Exception {
        long id = agreement("PUBLISHED");
        String name = "Zqxrenamed" + System.nanoTime() % 100_000;
        jdbc.sql("UPDATE partner SET name_ja = :name WHERE slug = :slug").param("name", name).param("slug", partner).update();

        JsonNode found = apiSearch(name, anonymous());
        assertThat(ids(found)).containsExactly(id);
        assertThat(found.at("/content/0/match/place").asString()).isEqualTo("PARTNER");
        assertThat(ids(apiSearch(name, user("ed").roles("EDITOR")))).containsExactly(id);
    }
}
