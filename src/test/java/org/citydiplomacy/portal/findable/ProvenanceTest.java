package org.citydiplomacy.portal.findable;

import static org.assertj.core.api.Assertions.assertThat;
import static org.citydiplomacy.portal.support.WebPages.page;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import org.citydiplomacy.portal.support.PortalTest;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A fact that came from a source carries a numbered mark, a plain link on the same page to that
 * source's entry in the Sources list, which names the document and whose word it is and quotes the
 * source where its words are stored.
 */
@PortalTest
class ProvenanceTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    Document render(String url, String language) throws Exception {
        return page(mvc.perform(get(url).header("Accept-Language", language)).andExpect(status().isOk()).andReturn());
    }

    /** The Sources entries that the marks inside {@code fact} lead to. */
    static List<Element> targets(Document page, Element fact) {
        return fact.select("sup.source-marks a[href^=#source-]").stream()
                .map(a -> page.getElementById(a.attr("href").substring(1)))
                .toList();
    }

    static Element fact(Document page, String term) {
        return page.select(".facts__item").stream().filter(i -> i.selectFirst("dt").text().equals(term))
                .findFirst().orElseThrow(() -> new AssertionError("No fact " + term)).selectFirst("dd");
    }

    @Test
    void aPartnersRelationshipDateAndEachSidesWordLeadToTheirSources() throws Exception {
        Document page = render("/partners/new-south-wales", "en");
        List<Element> since = targets(page, fact(page, "Relationship since"));
        assertThat(since).hasSize(2).doesNotContainNull();
        assertThat(since).allSatisfy(entry -> assertThat(entry.parent().parent().id()).isEqualTo("sources"));
        assertThat(targets(page, fact(page, "In Tokyo’s words")))
                .singleElement().satisfies(entry -> assertThat(entry.text()).contains("The city's own word"));
        assertThat(targets(page, fact(page, "In the partner’s words")))
                .singleElement().satisfies(entry -> assertThat(entry.text()).contains("The partner's word",
                        "Tokyo's 12 sister and friendship cities/states", "New South Wales calls it a sister state"));
    }

    @Test
    void marksAreLinksNamedByTheirNumberAndDescribedByTheDocument() throws Exception {
        Document page = render("/partners/rome", "en");
        Element mark = fact(page, "Relationship").selectFirst("sup.source-marks a");
        assertThat(mark.attr("href")).isEqualTo("#source-1");
        assertThat(mark.selectFirst(".visually-hidden").text()).isEqualTo("Source 1");
        assertThat(mark.attr("title")).isEqualTo("Tokyo's 12 sister and friendship cities/states (The city's own word)");
        Document japanese = render("/partners/rome", "ja");
        assertThat(fact(japanese, "関係").selectFirst("sup.source-marks a .visually-hidden").text()).isEqualTo("出典1");
    }

    @Test
    void aSourceEntryQuotesTheSourcesWordsWhereTheyAreStored() throws Exception {
        Document page = render("/partners/rome", "en");
        Element quote = page.selectFirst("#sources blockquote.sources__quote");
        assertThat(quote.text()).startsWith("\"the two leaders reaffirmed the value of the relationship");
        assertThat(quote.parent().text()).contains("Joint Communiqué of the City of Rome", "5 February 2026",
                "The city's own word", "In the source's words");
        assertThat(page.selectFirst("#sources .sources__detail").parent().text()).contains("Where in the source");
    }

    @Test
    void anAgreementsDateAndSignatoriesAndAMeetingsParticipantsLeadToTheirSources() throws Exception {
        long agreement = jdbc.sql("SELECT id FROM agreement WHERE title LIKE 'Joint Communiqué of the City of Rome%'")
                .query(Long.class).single();
        Document page = render("/agreements/" + agreement, "en");
        assertThat(targets(page, fact(page, "Signed"))).isNotEmpty().doesNotContainNull();
        assertThat(page.select("#signatories-title ~ .source-line a[href=#source-1]")).hasSize(1);

        long meeting = jdbc.sql("SELECT id FROM meeting WHERE title = ?")
                .params("Meeting of the Governor of Tokyo and the Mayor of Rome at Rome City Hall").query(Long.class).single();
        Document meetingPage = render("/meetings/" + meeting, "ja");
        assertThat(targets(meetingPage, fact(meetingPage, "日付"))).isNotEmpty().doesNotContainNull();
        assertThat(meetingPage.selectFirst("#participants-title ~ .source-line").text()).startsWith("出典：");
        assertThat(meetingPage.getElementById("source-1").text()).contains("a meeting was held between Governor Koike Yuriko");
    }

    @Test
    void japaneseReadersGetTheSourceNotesInJapanese() throws Exception {
        Document page = render("/partners/rome", "ja");
        Element list = page.selectFirst("#sources");
        assertThat(list.text()).contains("東京都の12の姉妹友好都市・州",
                "12都市・州の一覧の11番目：1996年から「友好都市」。東京都の以前の付録ページは1996年7月5日としているが、他の資料で確かめられるのは年のみ。")
                .doesNotContain("Row 11", "Entry 11");
        assertThat(list.select(".sources__detail")).allSatisfy(d -> assertThat(d.hasAttr("lang")).isFalse());
        // A quote stays in the document's words, with the communiqué's own Japanese below it.
        assertThat(list.select(".sources__quote").eachText()).anyMatch(q -> q.contains("since becoming friendship cities in 1996"));
        assertThat(list.select(".sources__translation").eachText())
                .contains("共同コミュニケの日本語文：「1996年の友好都市提携以来、育まれてきた関係の意義を改めて確認した。」");
        assertThat(list.select("cite, a[rel=external]").eachText())
                .contains("東京都（日本国）とローマ市（イタリア共和国）との共同コミュニケ");
    }

    @Test
    void englishReadersGetNotesThatSayWhatTheyMean() throws Exception {
        Document paris = render("/partners/paris", "en");
        assertThat(paris.selectFirst("#note-title").parent().selectFirst("p").text())
                .isEqualTo("Paris calls only one city its twin city (“twinning”): Rome. Its relationship with Tokyo is a friendship.");
        assertThat(paris.selectFirst("#sources").text())
                .contains("Entry 3 of the 12: Tokyo calls Paris a friendship city (友好都市). Concluded on 14 July 1982.")
                .doesNotContain("Row 3", "uses \"twinning\" for Rome alone");
        assertThat(paris.select(".sources__translation")).isEmpty();
        Document parisJa = render("/partners/paris", "ja");
        assertThat(parisJa.selectFirst("#note-title").parent().selectFirst("p").text())
                .isEqualTo("パリ市が姉妹都市（twinning）と呼ぶのはローマ市だけであり、東京都との関係は友好都市である。");
    }

    @Test
    void everySourceNoteOfTheSeedHasItsJapanese() {
        assertThat(jdbc.sql("SELECT count(*) FROM citation WHERE detail IS NOT NULL AND detail_ja IS NULL")
                .query(Long.class).single()).isZero();
        assertThat(jdbc.sql("SELECT count(*) FROM network_partner WHERE detail IS NOT NULL AND detail_ja IS NULL")
                .query(Long.class).single()).isZero();
        assertThat(jdbc.sql("SELECT count(*) FROM citation WHERE detail LIKE 'Row %'").query(Long.class).single())
                .isZero();
    }
}
