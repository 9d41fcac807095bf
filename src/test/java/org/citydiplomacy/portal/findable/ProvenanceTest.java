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
                        "Tokyo's 12 sister and friendship cities/states", "Row 4: sister state"));
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
}
