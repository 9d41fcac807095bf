package org.citydiplomacy.portal.timeline.web;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.citydiplomacy.portal.support.PortalTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/** {@code /api/v1/partners/{slug}/timeline}: the relationship, agreements and meetings in date order. */
@PortalTest
class TimelineApiTest {

    @Autowired
    MockMvc mvc;

    @Test
    void romesTimelineRunsFromTheFriendshipOf1996ToTheCommuniqueOf2026() throws Exception {
        mvc.perform(get("/api/v1/partners/rome/timeline"))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andExpect(jsonPath("$", hasSize(4)))
                .andExpect(jsonPath("$[*].date").value(contains("1996", "2025-09", "2026-02-05", "2026-02-05")))
                .andExpect(jsonPath("$[*].kind").value(contains("RELATIONSHIP", "MEETING", "MEETING", "AGREEMENT")))
                .andExpect(jsonPath("$[0].type").value("FRIENDSHIP"))
                .andExpect(jsonPath("$[0].title").value("Rome"))
                .andExpect(jsonPath("$[0].id").doesNotExist())
                .andExpect(jsonPath("$[1].title").value("Meeting of the Governor of Tokyo and the Mayor of Rome in Tokyo"))
                .andExpect(jsonPath("$[1].type").value("BILATERAL_VISIT"))
                .andExpect(jsonPath("$[1].id").isNumber())
                .andExpect(jsonPath("$[2].place").value("Rome City Hall"))
                .andExpect(jsonPath("$[3].type").value("JOINT_COMMUNIQUE"))
                .andExpect(jsonPath("$[3].titleJa").value("東京都（日本国）とローマ市（イタリア共和国）との共同コミュニケ"))
                .andExpect(jsonPath("$[1].yearsSincePrevious").value(29));
    }

    @Test
    void seoulsTimelinePlacesAVisitKnownOnlyToTheYearBeforeTheDaysOfThatYear() throws Exception {
        mvc.perform(get("/api/v1/partners/seoul/timeline"))
                .andExpect(jsonPath("$[*].date").value(contains("1988-09-03", "2014", "2014-07-23", "2015-02-03")))
                .andExpect(jsonPath("$[*].kind").value(contains("RELATIONSHIP", "MEETING", "AGREEMENT", "AGREEMENT")));
    }

    @Test
    void beijingsTimelineKeepsTheMonthOfTheVisit() throws Exception {
        mvc.perform(get("/api/v1/partners/beijing/timeline"))
                .andExpect(jsonPath("$[*].date").value(contains("1979-03-14", "2014-04", "2019-08-26")))
                .andExpect(jsonPath("$[*].kind").value(contains("RELATIONSHIP", "MEETING", "AGREEMENT")));
    }

    @Test
    void aPartnerWithoutARelationshipDateStartsWithItsFirstContact() throws Exception {
        mvc.perform(get("/api/v1/partners/helsinki/timeline"))
                .andExpect(jsonPath("$[*].date").value(contains("2023-08-21", "2023-08-21")))
                .andExpect(jsonPath("$[*].kind").value(contains("MEETING", "AGREEMENT")));
    }

    @Test
    void aPartnerWithNothingButItsRelationshipHasOneEvent() throws Exception {
        mvc.perform(get("/api/v1/partners/cairo/timeline"))
                .andExpect(jsonPath("$", hasSize(1)))
                .andExpect(jsonPath("$[0].kind").value("RELATIONSHIP"))
                .andExpect(jsonPath("$[0].date").value("1990-10-23"));
    }

    @Test
    void anUnknownPartnerIsANotFoundProblem() throws Exception {
        mvc.perform(get("/api/v1/partners/atlantis/timeline"))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(404));
    }
}
