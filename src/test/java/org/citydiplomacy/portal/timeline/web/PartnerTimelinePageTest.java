package org.citydiplomacy.portal.timeline.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.citydiplomacy.portal.support.WebPages.page;
import static org.citydiplomacy.portal.support.WebPages.text;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.Period;

import org.citydiplomacy.portal.shared.Office;
import org.citydiplomacy.portal.support.PortalTest;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** A partner's timeline as readers see it: it ends with the quiet period up to today. */
@PortalTest
class PartnerTimelinePageTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    Document partnerPage(String slug, String language) throws Exception {
        return page(mvc.perform(get("/partners/" + slug).header("Accept-Language", language))
                .andExpect(status().isOk()).andReturn());
    }

    /** The day of Seoul's last published agreement or meeting, from the database. */
    LocalDate seoulsLastEvent() {
        return jdbc.sql("""
                SELECT max(d) FROM (
                  SELECT a.signed_on AS d FROM agreement a JOIN agreement_partner ap ON ap.agreement_id = a.id
                    JOIN partner p ON p.id = ap.partner_id WHERE p.slug = 'seoul' AND a.visibility = 'PUBLISHED'
                  UNION ALL
                  SELECT m.held_on FROM meeting m JOIN meeting_partner mp ON mp.meeting_id = m.id
                    JOIN partner p ON p.id = mp.partner_id WHERE p.slug = 'seoul' AND m.visibility = 'PUBLISHED') e
                """).query(LocalDate.class).single();
    }

    @Test
    void seoulsTimelineEndsWithTheYearsWithoutARecordUpToTodayInTokyo() throws Exception {
        LocalDate last = seoulsLastEvent();
        assertThat(last).isEqualTo(LocalDate.of(2015, 2, 3));
        int years = Period.between(last, Office.today()).getYears();
        assertThat(years).isGreaterThanOrEqualTo(11);

        Document english = partnerPage("seoul", "en");
        assertThat(text(english, ".timeline > li:nth-last-child(2)"))
                .isEqualTo(years + " years without a recorded agreement or meeting");
        assertThat(english.select(".timeline > li").last().text()).isEqualTo("Today");
        Document japanese = partnerPage("seoul", "ja");
        assertThat(text(japanese, ".timeline > li:nth-last-child(2)")).isEqualTo(years + "年間、協定・会談の記録なし");
        assertThat(japanese.select(".timeline > li").last().text()).isEqualTo("現在");
    }

    @Test
    void aTimelineWhoseLastEventIsUnderAYearOldEndsWithIt() throws Exception {
        LocalDate romeLast = LocalDate.of(2026, 2, 5);
        Document rome = partnerPage("rome", "en");
        boolean underAYear = Period.between(romeLast, Office.today()).getYears() < 1;
        assertThat(rome.select(".timeline__gap--to-today").isEmpty()).isEqualTo(underAYear);
        assertThat(rome.select(".timeline > li").last().hasClass("timeline__event")).isEqualTo(underAYear);
    }
}
