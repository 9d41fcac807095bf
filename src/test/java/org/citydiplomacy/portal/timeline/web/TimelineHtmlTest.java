package org.citydiplomacy.portal.timeline.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import org.citydiplomacy.portal.support.OriginalMarkup;
import org.citydiplomacy.portal.support.PortalTest;
import org.citydiplomacy.portal.support.RecordFixtures;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.web.context.WebApplicationContext;
import org.thymeleaf.spring6.view.ThymeleafViewResolver;

/**
 * A partner's timeline written in Java ({@link TimelineHtml}) is byte for byte what the template's
 * Thymeleaf markup wrote: each partner page's {@code <ol class="timeline">} is compared with the same model
 * rendered through the application's own view resolver by that markup, kept verbatim in
 * {@code templates/rowhtml/timeline-original.html}. Every published seed partner, in English and Japanese,
 * and one made here for what the seed lacks: characters to escape, an English-only title, a meeting.
 */
@PortalTest
class TimelineHtmlTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    WebApplicationContext context;

    @Autowired
    ThymeleafViewResolver views;

    RecordFixtures fixtures;

    @BeforeEach
    void aPartnerTheSeedDataLacks() {
        fixtures = new RecordFixtures(jdbc);
        fixtures.partner("aix-timeline", "Ville d'Aix & <Provence>", "PUBLISHED");
        fixtures.agreement("Accord <parcs> & \"jardins\" d'Aix", null, "PUBLISHED", "aix-timeline", "LETTER_OF_INTENT",
                LocalDate.of(1990, 4, 2));
        fixtures.agreement("Second accord", "第二の合意", "PUBLISHED", "aix-timeline", "JOINT_STATEMENT", LocalDate.of(2001, 6, 3));
        fixtures.meeting("Summit <on> parks & \"gardens\"", "PUBLISHED", "aix-timeline", LocalDate.of(2002, 7, 4));
    }

    @AfterEach
    void cleanUp() {
        fixtures.deleteAll();
    }

    @Test
    void everyTimelineIsWrittenAsTheTemplateWroteIt() throws Exception {
        List<String> slugs = jdbc.sql("SELECT slug FROM partner WHERE visibility = 'PUBLISHED' ORDER BY slug")
                .query(String.class).list();
        assertThat(slugs).contains("rome", "aix-timeline");
        for (String slug : slugs) {
            for (String language : List.of("", "?lang=ja")) {
                MvcResult result = page(slug + language);
                String rendered = result.getResponse().getContentAsString(StandardCharsets.UTF_8);
                String expected = timeline(original(result));
                assertEquals(expected, timeline(rendered), slug + language);
                @SuppressWarnings("unchecked")
                List<String> pieces = (List<String>) result.getModelAndView().getModel().get("timelineHtml");
                assertEquals(expected, String.join("", pieces), slug + language);
            }
        }
    }

    @Test
    void thePartnerMadeHereShowsWhatItIsFor() throws Exception {
        String english = timeline(page("aix-timeline").getResponse().getContentAsString(StandardCharsets.UTF_8));
        assertThat(english).contains("Accord &lt;parcs&gt; &amp; &quot;jardins&quot; d&#39;Aix", "timeline__gap",
                "timeline__event--meeting", "Summit &lt;on&gt; parks", "timeline__place", "datetime=\"1990-04-02\"");
        String japanese = timeline(page("aix-timeline?lang=ja").getResponse().getContentAsString(StandardCharsets.UTF_8));
        assertThat(japanese).contains("lang=\"en\"", "第二の合意");
    }

    /** A session keeps the page from being answered from the kept pages: the model is then the one of this request. */
    MvcResult page(String slugAndQuery) throws Exception {
        return mvc.perform(get("/partners/" + slugAndQuery).session(new MockHttpSession())).andExpect(status().isOk()).andReturn();
    }

    /** The request's model through the original markup, in the page's language. */
    String original(MvcResult result) throws Exception {
        return OriginalMarkup.render("rowhtml/timeline-original", result, context, views);
    }

    static String timeline(String html) {
        return OriginalMarkup.list(html, "timeline");
    }
}
