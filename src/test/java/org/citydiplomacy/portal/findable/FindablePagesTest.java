package org.citydiplomacy.portal.findable;

import static org.assertj.core.api.Assertions.assertThat;
import static org.citydiplomacy.portal.support.WebPages.page;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;

import org.assertj.core.api.SoftAssertions;
import org.citydiplomacy.portal.support.PortalTest;
import org.citydiplomacy.portal.support.RecordFixtures;
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

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every public page can be found and previewed: one description of its own in the reader's language,
 * a canonical address from the configured public URL in the language shown, English, Japanese and
 * x-default alternates, Open Graph tags, and on record pages schema.org JSON-LD that parses.
 */
@PortalTest
class FindablePagesTest {

    static final String BASE = "http://localhost:8080";
    static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    RecordFixtures fixtures;
    long romeAgreement;
    long romeMeeting;

    @BeforeEach
    void setUp() {
        fixtures = new RecordFixtures(jdbc);
        romeAgreement = jdbc.sql("SELECT id FROM agreement WHERE title LIKE 'Joint Communiqué of the City of Rome%'")
                .query(Long.class).single();
        romeMeeting = jdbc.sql("SELECT id FROM meeting WHERE title = ?")
                .params("Meeting of the Governor of Tokyo and the Mayor of Rome at Rome City Hall").query(Long.class).single();
    }

    @AfterEach
    void cleanUp() {
        fixtures.deleteAll();
    }

    List<String> publicPages() {
        return List.of("/", "/agreements", "/agreements?partner=rome", "/partners", "/meetings",
                "/agreements/" + romeAgreement, "/partners/rome", "/meetings/" + romeMeeting);
    }

    Document render(String url, String language) throws Exception {
        return page(mvc.perform(get(url).header("Accept-Language", language)).andExpect(status().isOk()).andReturn());
    }

    @ParameterizedTest
    @ValueSource(strings = { "en", "ja" })
    void everyPublicPageHasOneDescriptionACanonicalTheAlternatesAndOpenGraph(String language) throws Exception {
        SoftAssertions softly = new SoftAssertions();
        for (String url : publicPages()) {
            Document page = render(url, language);
            String withLanguage = BASE + url + (url.contains("?") ? "&" : "?") + "lang=";
            softly.assertThat(page.select("meta[name=description]")).as("%s description", url).hasSize(1);
            String description = page.selectFirst("meta[name=description]").attr("content");
            softly.assertThat(description).as("%s description", url).isNotBlank().hasSizeLessThanOrEqualTo(160);
            if (language.equals("ja")) {
                softly.assertThat(description).as("%s description in Japanese", url).containsPattern("[\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}]");
            }
            softly.assertThat(page.select("link[rel=canonical]")).as("%s canonical", url).hasSize(1);
            softly.assertThat(page.select("link[rel=canonical]").attr("href")).as("%s canonical", url)
                    .isEqualTo(withLanguage + language);
            softly.assertThat(page.select("link[rel=alternate][hreflang=en]").attr("href")).as(url).isEqualTo(withLanguage + "en");
            softly.assertThat(page.select("link[rel=alternate][hreflang=ja]").attr("href")).as(url).isEqualTo(withLanguage + "ja");
            softly.assertThat(page.select("link[rel=alternate][hreflang=x-default]").attr("href")).as(url).isEqualTo(BASE + url);
            for (String property : List.of("og:title", "og:description", "og:url", "og:type", "og:locale",
                    "og:locale:alternate", "og:site_name")) {
                softly.assertThat(page.select("meta[property=" + property + "]")).as("%s %s", url, property).hasSize(1);
                softly.assertThat(page.select("meta[property=" + property + "]").attr("content")).as("%s %s", url, property)
                        .isNotBlank();
            }
            softly.assertThat(page.select("meta[property=og:url]").attr("content")).as(url).isEqualTo(withLanguage + language);
            softly.assertThat(page.select("meta[property=og:locale]").attr("content")).as(url)
                    .isEqualTo(language.equals("ja") ? "ja_JP" : "en_GB");
            softly.assertThat(page.select("meta[name=robots]")).as("%s is indexed", url).isEmpty();
        }
        softly.assertAll();
    }

    @Test
    void pagesDescribeThemselvesAndListingsUseTheirFixedText() throws Exception {
        assertThat(description(render("/agreements", "en"))).startsWith("Search Tokyo's memoranda");
        assertThat(description(render("/agreements", "ja"))).startsWith("東京都が海外の都市と交わした");
        assertThat(description(render("/partners/rome", "en")))
                .startsWith("Rome (Italy): friendship city of Tokyo since 1996.");
        assertThat(description(render("/partners/rome", "ja"))).startsWith("ローマ市（イタリア）：1996年からの東京都の友好都市");
        assertThat(description(render("/agreements/" + romeAgreement, "en"))).startsWith("Issued at the meeting of the Governor");
        String meeting = description(render("/meetings/" + romeMeeting, "en"));
        assertThat(meeting).contains("5 February 2026");
        assertThat(render("/agreements/" + romeAgreement, "en").selectFirst("meta[property=og:type]").attr("content"))
                .isEqualTo("article");
    }

    @Test
    void anAgreementWithoutSummaryIsDescribedByTitlePartnersAndDate() throws Exception {
        long id = fixtures.agreement("Findable memorandum", "見つかる覚書", "PUBLISHED", "rome", "MEMORANDUM_OF_UNDERSTANDING",
                LocalDate.of(2024, 5, 6));
        jdbc.sql("UPDATE agreement SET summary = NULL WHERE id = ?").params(id).update();
        assertThat(description(render("/agreements/" + id, "en"))).isEqualTo(
                "Findable memorandum. Memorandum of understanding between the Tokyo Metropolitan Government and Rome, signed 6 May 2024.");
        assertThat(description(render("/agreements/" + id, "ja"))).isEqualTo("見つかる覚書。東京都とローマ市との覚書（2024年5月6日締結）。");
    }

    @Test
    void recordPagesCarryJsonLdOfTheRightType() throws Exception {
        JsonNode agreement = jsonLd(render("/agreements/" + romeAgreement, "en"));
        assertThat(agreement.get("@context").asString()).isEqualTo("https://schema.org");
        assertThat(agreement.get("@type").asString()).isEqualTo("CreativeWork");
        assertThat(agreement.get("dateCreated").asString()).isEqualTo("2026-02-05");
        assertThat(agreement.get("url").asString()).isEqualTo(BASE + "/agreements/" + romeAgreement);
        assertThat(agreement.get("creator").toString()).contains("Tokyo Metropolitan Government", "Rome", BASE + "/partners/rome");
        assertThat(agreement.get("contributor").toString()).contains("Koike Yuriko", "Governor of Tokyo");
        assertThat(agreement.get("citation").toString()).contains("Joint Communiqué of the City of Rome");

        JsonNode partner = jsonLd(render("/partners/rome", "ja"));
        assertThat(partner.get("@type").asString()).isEqualTo("City");
        assertThat(partner.get("name").asString()).isEqualTo("ローマ市");
        assertThat(partner.get("geo").get("@type").asString()).isEqualTo("GeoCoordinates");
        assertThat(partner.get("geo").get("latitude").asDouble()).isBetween(41.0, 42.5);
        assertThat(partner.get("containedInPlace").get("name").asString()).isEqualTo("イタリア");

        JsonNode meeting = jsonLd(render("/meetings/" + romeMeeting, "en"));
        assertThat(meeting.get("@type").asString()).isEqualTo("Event");
        assertThat(meeting.get("startDate").asString()).isEqualTo("2026-02-05");
        assertThat(meeting.get("location").get("@type").asString()).isEqualTo("Place");
        assertThat(meeting.get("attendee").toString()).contains("Roberto Gualtieri");
    }

    @Test
    void textFromARecordCannotCloseTheJsonLdScript() throws Exception {
        String hostile = "Memo </script><script>alert(1)</script> <!-- & \u2028";
        long id = fixtures.agreement(hostile, null, "PUBLISHED", "rome", "OTHER", LocalDate.of(2024, 5, 6));
        String html = mvc.perform(get("/agreements/" + id)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(html).doesNotContain("<script>alert(1)");
        Document page = page(mvc.perform(get("/agreements/" + id)).andReturn());
        assertThat(page.select("script[type=application/ld+json]")).hasSize(1);
        assertThat(jsonLd(page).get("name").asString()).isEqualTo(hostile);
    }

    @Test
    void staffAndSignInPagesAreNotIndexed() throws Exception {
        Document signIn = render("/login", "en");
        assertThat(signIn.select("meta[name=description]")).hasSize(1);
        assertThat(signIn.select("meta[name=robots]").attr("content")).isEqualTo("noindex");
        assertThat(signIn.select("link[rel=canonical]")).isEmpty();
        assertThat(signIn.select("script[type=application/ld+json]")).isEmpty();
    }

    @Test
    void aMissingRecordsPageIsNotIndexed() throws Exception {
        Document missing = page(mvc.perform(get("/agreements/999999999")).andExpect(status().isNotFound()).andReturn());
        assertThat(missing.select("meta[name=description]")).hasSize(1);
        assertThat(missing.select("meta[name=robots]").attr("content")).isEqualTo("noindex");
        assertThat(missing.select("link[rel=canonical]")).isEmpty();
    }

    static String description(Document page) {
        return page.selectFirst("meta[name=description]").attr("content");
    }

    static JsonNode jsonLd(Document page) {
        Element script = page.selectFirst("script[type=application/ld+json]");
        assertThat(script).as("JSON-LD").isNotNull();
        return JSON.readTree(script.data());
    }
}
