package org.citydiplomacy.portal.meetings.web;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.citydiplomacy.portal.support.PortalTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** {@code /api/v1/meetings} and {@code /api/v1/meetings/{id}}. */
@PortalTest
class MeetingApiTest {

    static final String ROME_CITY_HALL = "Meeting of the Governor of Tokyo and the Mayor of Rome at Rome City Hall";
    static final String TOKYO_SEPTEMBER = "Meeting of the Governor of Tokyo and the Mayor of Rome in Tokyo";
    static final String HELSINKI_CITY_HALL = "Meeting of the Governor of Tokyo and the Mayor of Helsinki at Helsinki City Hall";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Test
    void listsTheMostRecentFirstWithPartialDates() throws Exception {
        mvc.perform(get("/api/v1/meetings"))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andExpect(jsonPath("$.content", hasSize(15)))
                .andExpect(jsonPath("$.content[0:8].date").value(contains("2026-02-05", "2025-09", "2023-08-21",
                        "2021-08-07", "2021", "2019", "2015", "2014-04")))
                .andExpect(jsonPath("$.content[8:].date", everyItem(is("2014"))))
                .andExpect(jsonPath("$.content[0].title").value(ROME_CITY_HALL))
                .andExpect(jsonPath("$.content[0].kind").value("BILATERAL_VISIT"))
                .andExpect(jsonPath("$.content[0].place").value("Rome City Hall"))
                .andExpect(jsonPath("$.content[0].partners[0].slug").value("rome"))
                .andExpect(jsonPath("$.page.size").value(20))
                .andExpect(jsonPath("$.page.number").value(0))
                .andExpect(jsonPath("$.page.totalElements").value(15))
                .andExpect(jsonPath("$.page.totalPages").value(1));
    }

    @Test
    void pagesThroughTheList() throws Exception {
        mvc.perform(get("/api/v1/meetings").param("size", "4").param("page", "3"))
                .andExpect(jsonPath("$.content", hasSize(3)))
                .andExpect(jsonPath("$.page.size").value(4))
                .andExpect(jsonPath("$.page.number").value(3))
                .andExpect(jsonPath("$.page.totalElements").value(15))
                .andExpect(jsonPath("$.page.totalPages").value(4));
    }

    @ParameterizedTest(name = "{0}={1}: {2}")
    @CsvSource({
            "partner, rome,            2",
            "partner, paris,           1",
            "partner, los-angeles,     1",
            "partner, cairo,           0",
            "year,    2014,            8",
            "year,    2021,            2",
            "year,    2025,            1",
            "year,    2000,            0",
            "kind,    BILATERAL_VISIT, 11",
            "kind,    bilateral-visit, 11",
            "kind,    SUMMIT,          1",
            "kind,    FORUM,           1",
            "kind,    SEMINAR,         1",
            "kind,    ONLINE,          1" })
    void filtersByPartnerYearOrKind(String parameter, String value, int expected) throws Exception {
        mvc.perform(get("/api/v1/meetings").param(parameter, value))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.page.totalElements").value(expected))
                .andExpect(jsonPath("$.content", hasSize(expected)));
    }

    @Test
    void combinesFilters() throws Exception {
        mvc.perform(get("/api/v1/meetings").param("partner", "seoul").param("year", "2014").param("kind", "BILATERAL_VISIT"))
                .andExpect(jsonPath("$.content[*].title").value(contains("Visit of the Governor of Tokyo to Seoul")))
                .andExpect(jsonPath("$.content[0].date").value("2014"));
        mvc.perform(get("/api/v1/meetings").param("partner", "rome").param("year", "2025"))
                .andExpect(jsonPath("$.content[*].title").value(contains(TOKYO_SEPTEMBER)))
                .andExpect(jsonPath("$.content[0].date").value("2025-09"));
    }

    @Test
    void showsAMeetingWithItsParticipantsAndTheAgreementSignedAtIt() throws Exception {
        long id = idOf(HELSINKI_CITY_HALL);

        mvc.perform(get("/api/v1/meetings/{id}", id))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andExpect(jsonPath("$.id").value(id))
                .andExpect(jsonPath("$.title").value(HELSINKI_CITY_HALL))
                .andExpect(jsonPath("$.titleJa").value("ヘルシンキ市庁舎における東京都知事とヘルシンキ市長の会談"))
                .andExpect(jsonPath("$.date").value("2023-08-21"))
                .andExpect(jsonPath("$.kind").value("BILATERAL_VISIT"))
                .andExpect(jsonPath("$.place").value("Helsinki City Hall"))
                .andExpect(jsonPath("$.summary").isString())
                .andExpect(jsonPath("$.partners[0].slug").value("helsinki"))
                .andExpect(jsonPath("$.participants[*].name").value(contains("Koike Yuriko", "Juhana Vartiainen")))
                .andExpect(jsonPath("$.participants[1].office").value("Mayor of Helsinki"))
                .andExpect(jsonPath("$.participants[1].partner").value("helsinki"))
                .andExpect(jsonPath("$.agreements[0].type").value("JOINT_COMMUNIQUE"))
                .andExpect(jsonPath("$.agreements[0].signedOn").value("2023-08-21"))
                .andExpect(jsonPath("$.sources[0].voice").value("CITY"))
                .andExpect(jsonPath("$.version").doesNotExist());
    }

    @Test
    void aMeetingKnownToTheMonthIsDatedToTheMonth() throws Exception {
        mvc.perform(get("/api/v1/meetings/{id}", idOf(TOKYO_SEPTEMBER)))
                .andExpect(jsonPath("$.date").value("2025-09"))
                .andExpect(jsonPath("$.participants[*].name").value(contains("Koike Yuriko", "Roberto Gualtieri")));
    }

    @Test
    void aMeetingKnownToTheYearIsDatedToTheYear() throws Exception {
        mvc.perform(get("/api/v1/meetings/{id}", idOf("U20 Mayors Summit 2019")))
                .andExpect(jsonPath("$.date").value("2019"))
                .andExpect(jsonPath("$.kind").value("SUMMIT"));
    }

    @Test
    void anUnknownIdIsANotFoundProblem() throws Exception {
        mvc.perform(get("/api/v1/meetings/{id}", 987654321L))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(404))
                .andExpect(jsonPath("$.detail", containsString("987654321")));
    }

    @ParameterizedTest
    @ValueSource(strings = { "abc", "1e3", "-" })
    void aMalformedIdIsABadRequestProblemNamingIt(String id) throws Exception {
        mvc.perform(get("/api/v1/meetings/" + id))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].parameter").value("id"));
    }

    @ParameterizedTest(name = "{0}={1}")
    @CsvSource({
            "year,    abc",
            "year,    1800",
            "year,    2021-08",
            "kind,    PARTY",
            "partner, Not A Slug",
            "size,    0",
            "size,    101",
            "page,    -1" })
    void aBadParameterIsABadRequestProblemNamingIt(String parameter, String value) throws Exception {
        mvc.perform(get("/api/v1/meetings").param(parameter, value))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(400))
                .andExpect(jsonPath("$.errors", hasSize(1)))
                .andExpect(jsonPath("$.errors[0].parameter").value(parameter))
                .andExpect(jsonPath("$.errors[0].rejectedValue").value(value));
    }

    private long idOf(String title) {
        return jdbc.sql("SELECT id FROM meeting WHERE created_by = 'seed' AND title = :title")
                .param("title", title).query(Long.class).single();
    }
}
