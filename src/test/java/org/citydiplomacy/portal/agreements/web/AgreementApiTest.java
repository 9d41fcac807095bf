package org.citydiplomacy.portal.agreements.web;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
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

/** {@code /api/v1/agreements}: the listing with every filter, paging and order, and one agreement. */
@PortalTest
class AgreementApiTest {

    static final String ROME = "Joint Communiqué of the City of Rome (Republic of Italy) and the Tokyo Metropolitan Government (Japan)";
    static final String BANGKOK = "Joint Communique of the Bangkok Metropolitan Administration (Kingdom of Thailand) and the Tokyo Metropolitan Government (Japan)";
    static final String HELSINKI = "Joint Communique of the City of Helsinki (Republic of Finland) and the Tokyo Metropolitan Government (Japan)";
    static final String SEOUL_MOU = "Memorandum of Understanding on Exchange and Cooperation Between the Tokyo Metropolitan Government and the Seoul Metropolitan Government";
    static final String SEOUL_STATEMENT = "Joint Statement by the Governor of Tokyo and Mayor of Seoul";
    static final String PARIS_MOU = "Memorandum of Understanding on Exchange and Cooperation Between the Tokyo Metropolitan Government and the City of Paris";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    // --- the list

    @Test
    void listsTheNewestSignedFirstInPagesOfTwenty() throws Exception {
        mvc.perform(get("/api/v1/agreements"))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andExpect(jsonPath("$.content", hasSize(20)))
                .andExpect(jsonPath("$.content[0].title").value(ROME))
                .andExpect(jsonPath("$.content[0].signedOn").value("2026-02-05"))
                .andExpect(jsonPath("$.content[1].title").value(BANGKOK))
                .andExpect(jsonPath("$.content[1].signedOn").value("2025-02-06"))
                .andExpect(jsonPath("$.page.size").value(20))
                .andExpect(jsonPath("$.page.number").value(0))
                .andExpect(jsonPath("$.page.totalElements").value(22))
                .andExpect(jsonPath("$.page.totalPages").value(2));
    }

    @Test
    void eachItemHasItsIdTypeTitlesDateStatusAndPartners() throws Exception {
        mvc.perform(get("/api/v1/agreements").param("size", "1"))
                .andExpect(jsonPath("$.content[0].id").isNumber())
                .andExpect(jsonPath("$.content[0].type").value("JOINT_COMMUNIQUE"))
                .andExpect(jsonPath("$.content[0].title").value(ROME))
                .andExpect(jsonPath("$.content[0].titleJa").value("東京都（日本国）とローマ市（イタリア共和国）との共同コミュニケ"))
                .andExpect(jsonPath("$.content[0].signedOn").value("2026-02-05"))
                .andExpect(jsonPath("$.content[0].status").value("UNKNOWN"))
                .andExpect(jsonPath("$.content[0].partners", hasSize(1)))
                .andExpect(jsonPath("$.content[0].partners[0].slug").value("rome"))
                .andExpect(jsonPath("$.content[0].partners[0].name").value("Rome"))
                .andExpect(jsonPath("$.content[0].partners[0].nameJa").value("ローマ市"));
    }

    @Test
    void theSecondPageHoldsTheRest() throws Exception {
        mvc.perform(get("/api/v1/agreements").param("page", "1"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.content", hasSize(2)))
                .andExpect(jsonPath("$.content[1].title").value(SEOUL_MOU))
                .andExpect(jsonPath("$.page.number").value(1))
                .andExpect(jsonPath("$.page.totalElements").value(22));
    }

    @Test
    void pagesOfAnySizeFromOneToAHundred() throws Exception {
        mvc.perform(get("/api/v1/agreements").param("size", "5").param("page", "4"))
                .andExpect(jsonPath("$.content", hasSize(2)))
                .andExpect(jsonPath("$.page.size").value(5))
                .andExpect(jsonPath("$.page.number").value(4))
                .andExpect(jsonPath("$.page.totalElements").value(22))
                .andExpect(jsonPath("$.page.totalPages").value(5));
        mvc.perform(get("/api/v1/agreements").param("size", "1"))
                .andExpect(jsonPath("$.content", hasSize(1)))
                .andExpect(jsonPath("$.page.totalPages").value(22));
        mvc.perform(get("/api/v1/agreements").param("size", "100"))
                .andExpect(jsonPath("$.content", hasSize(22)))
                .andExpect(jsonPath("$.page.totalPages").value(1));
    }

    @Test
    void aPageBeyondTheLastIsEmptyButStillCounts() throws Exception {
        mvc.perform(get("/api/v1/agreements").param("page", "9"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.content", hasSize(0)))
                .andExpect(jsonPath("$.page.totalElements").value(22));
    }

    @Test
    void filtersByPartner() throws Exception {
        mvc.perform(get("/api/v1/agreements").param("partner", "seoul"))
                .andExpect(jsonPath("$.content[*].title").value(org.hamcrest.Matchers.contains(SEOUL_STATEMENT, SEOUL_MOU)))
                .andExpect(jsonPath("$.page.totalElements").value(2));
        mvc.perform(get("/api/v1/agreements").param("partner", "paris"))
                .andExpect(jsonPath("$.content[*].partners[0].slug", everyItem(org.hamcrest.Matchers.is("paris"))))
                .andExpect(jsonPath("$.page.totalElements").value(3));
    }

    @Test
    void anUnknownPartnerFindsNothing() throws Exception {
        mvc.perform(get("/api/v1/agreements").param("partner", "atlantis"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.content", hasSize(0)))
                .andExpect(jsonPath("$.page.totalElements").value(0));
    }

    @ParameterizedTest
    @CsvSource({
            "JOINT_COMMUNIQUE, 6",
            "joint-communique, 6",
            "MEMORANDUM_OF_UNDERSTANDING, 13",
            "JOINT_STATEMENT, 1",
            "JOINT_DECLARATION, 1",
            "LETTER_OF_INTENT, 1",
            "OTHER, 0" })
    void filtersByType(String type, int expected) throws Exception {
        mvc.perform(get("/api/v1/agreements").param("type", type).param("size", "100"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.page.totalElements").value(expected))
                .andExpect(jsonPath("$.content[*].type", everyItem(org.hamcrest.Matchers.is(type.toUpperCase().replace('-', '_')))));
    }

    @ParameterizedTest(name = "from {0} to {1}: {2}")
    @CsvSource({
            "2021,       2021,       2",
            "2021-08,    2021-08,    2",
            "2021-08-10, 2021-08-31, 1",
            "2021-08-07, 2021-08-07, 1",
            "2024-05-15, '',         3",
            "'',         2014,       2",
            "'',         2014-07,    1",
            "2014-07-23, 2014-07-23, 1",
            "2015,       2015-10,    6",
            "2027,       '',         0" })
    void filtersBySigningDateAtYearMonthOrDayPrecision(String from, String to, int expected) throws Exception {
        mvc.perform(get("/api/v1/agreements").param("from", from).param("to", to).param("size", "100"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.page.totalElements").value(expected))
                .andExpect(jsonPath("$.content", hasSize(expected)));
    }

    @Test
    void aMonthOrYearBoundIncludesItsWholePeriod() throws Exception {
        // to=2021-08 reaches 31 August 2021; from=2021-08 starts on 1 August.
        mvc.perform(get("/api/v1/agreements").param("from", "2021-08").param("to", "2021-08"))
                .andExpect(jsonPath("$.content[*].signedOn").value(org.hamcrest.Matchers.contains("2021-08-27", "2021-08-07")));
    }

    @ParameterizedTest(name = "q={0}: {1}")
    @CsvSource({
            "Helsinki, 1",
            "HELSINKI, 1",
            "megapolises, 1",
            "共同コミュニケ, 2",
            "スマートシティ, 1",
            "ローマ 共同コミュニケ, 1",
            "'ローマ　共同コミュニケ', 1",
            "Paris, 3",
            "memorandum, 13",
            "Paris memorandum, 1",
            "Helsinki Bangkok, 0",
            "Atlantis, 0",
            "tok%yo, 0",
            "to_yo, 0" })
    void searchesTitlesAndFullTextsInEnglishAndJapaneseForEveryWord(String q, int expected) throws Exception {
        mvc.perform(get("/api/v1/agreements").param("q", q).param("size", "100"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.page.totalElements").value(expected));
    }

    @Test
    void aSearchFindsTheAgreementWhoseTextHoldsTheWords() throws Exception {
        mvc.perform(get("/api/v1/agreements").param("q", "共同コミュニケ"))
                .andExpect(jsonPath("$.content[*].title").value(org.hamcrest.Matchers.contains(ROME, HELSINKI)));
        mvc.perform(get("/api/v1/agreements").param("q", "Paris memorandum"))
                .andExpect(jsonPath("$.content[0].title").value(PARIS_MOU));
    }

    @Test
    void combinesFilters() throws Exception {
        mvc.perform(get("/api/v1/agreements").param("partner", "paris").param("type", "JOINT_DECLARATION")
                        .param("from", "2021").param("q", "declaration"))
                .andExpect(jsonPath("$.page.totalElements").value(1))
                .andExpect(jsonPath("$.content[0].title").value("Joint Declaration between Tokyo and Paris"));
    }

    @ParameterizedTest
    @ValueSource(strings = { "oldest", "signedOn,asc", "OLDEST", "signedOn, asc" })
    void sortsOldestFirst(String sort) throws Exception {
        mvc.perform(get("/api/v1/agreements").param("sort", sort))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.content[0].title").value(SEOUL_MOU))
                .andExpect(jsonPath("$.content[0].signedOn").value("2014-07-23"))
                .andExpect(jsonPath("$.content[1].signedOn").value("2014-10-29"));
    }

    @ParameterizedTest
    @ValueSource(strings = { "newest", "signedOn,desc", "" })
    void sortsNewestFirst(String sort) throws Exception {
        mvc.perform(get("/api/v1/agreements").param("sort", sort))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.content[0].title").value(ROME))
                .andExpect(jsonPath("$.content[1].title").value(BANGKOK));
    }

    @ParameterizedTest
    @ValueSource(strings = { "title", "title,asc" })
    void sortsByTitle(String sort) throws Exception {
        // The first two are the same under any collation; the rest depends on the database's.
        mvc.perform(get("/api/v1/agreements").param("sort", sort))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.content[0].title").value(BANGKOK))
                .andExpect(jsonPath("$.content[1].title").value(HELSINKI));
    }

    // --- one agreement

    @Test
    void showsTheWholeRecordWithItsTexts() throws Exception {
        long id = idOf(ROME);

        mvc.perform(get("/api/v1/agreements/{id}", id))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andExpect(jsonPath("$.id").value(id))
                .andExpect(jsonPath("$.type").value("JOINT_COMMUNIQUE"))
                .andExpect(jsonPath("$.title").value(ROME))
                .andExpect(jsonPath("$.titleJa").value("東京都（日本国）とローマ市（イタリア共和国）との共同コミュニケ"))
                .andExpect(jsonPath("$.signedOn").value("2026-02-05"))
                .andExpect(jsonPath("$.place").value("Rome City Hall"))
                .andExpect(jsonPath("$.status").value("UNKNOWN"))
                .andExpect(jsonPath("$.partners[0].slug").value("rome"))
                .andExpect(jsonPath("$.signatories[*].name").value(org.hamcrest.Matchers.contains("Koike Yuriko", "Roberto Gualtieri")))
                .andExpect(jsonPath("$.signatories[0].office").value("Governor of Tokyo"))
                .andExpect(jsonPath("$.signatories[0].side").value("CITY"))
                .andExpect(jsonPath("$.signatories[1].side").value("PARTNER"))
                .andExpect(jsonPath("$.signatories[1].partner").value("rome"))
                .andExpect(jsonPath("$.areas", hasItem("TOURISM")))
                .andExpect(jsonPath("$.areas", hasItem("STARTUPS")))
                .andExpect(jsonPath("$.meetings[0].title").value("Meeting of the Governor of Tokyo and the Mayor of Rome at Rome City Hall"))
                .andExpect(jsonPath("$.meetings[0].date").value("2026-02-05"))
                .andExpect(jsonPath("$.texts[*].language").value(org.hamcrest.Matchers.contains("en", "ja")))
                .andExpect(jsonPath("$.texts[0].body", containsString("at Rome City Hall")))
                .andExpect(jsonPath("$.texts[1].body", containsString("ローマ市庁舎において会談を行った")))
                .andExpect(jsonPath("$.sources[0].source").isString())
                .andExpect(jsonPath("$.version").doesNotExist());
    }

    @Test
    void anAgreementWithoutTextsHasAnEmptyListOfThem() throws Exception {
        mvc.perform(get("/api/v1/agreements/{id}", idOf(SEOUL_MOU)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.signedOn").value("2014-07-23"))
                .andExpect(jsonPath("$.texts", hasSize(0)))
                .andExpect(jsonPath("$.partners[0].slug").value("seoul"));
    }

    @Test
    void anUnknownIdIsANotFoundProblem() throws Exception {
        mvc.perform(get("/api/v1/agreements/{id}", 987654321L))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(404))
                .andExpect(jsonPath("$.title").value("Not found"))
                .andExpect(jsonPath("$.detail", containsString("987654321")));
    }

    @ParameterizedTest
    @ValueSource(strings = { "abc", "1.5", "99999999999999999999", "-" })
    void aMalformedIdIsABadRequestProblemNamingIt(String id) throws Exception {
        mvc.perform(get("/api/v1/agreements/" + id))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(400))
                .andExpect(jsonPath("$.errors[0].parameter").value("id"));
    }

    // --- bad parameters

    @ParameterizedTest(name = "{0}={1}")
    @CsvSource({
            "type,      TREATY",
            "type,      1",
            "from,      2020-13",
            "from,      2021-02-30",
            "from,      abc",
            "to,        2021-02-29",
            "to,        yesterday",
            "size,      0",
            "size,      101",
            "size,      -1",
            "size,      ten",
            "page,      -1",
            "page,      x",
            "sort,      sideways",
            "sort,      'signedOn,up'",
            "partner,   Not A Slug",
            "partner,   ROME" })
    void aBadParameterIsABadRequestProblemNamingIt(String parameter, String value) throws Exception {
        mvc.perform(get("/api/v1/agreements").param(parameter, value))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(400))
                .andExpect(jsonPath("$.title").value("Invalid parameters"))
                .andExpect(jsonPath("$.detail", containsString(parameter)))
                .andExpect(jsonPath("$.errors", hasSize(1)))
                .andExpect(jsonPath("$.errors[0].parameter").value(parameter))
                .andExpect(jsonPath("$.errors[0].rejectedValue").value(value))
                .andExpect(jsonPath("$.errors[0].message").isString())
                .andExpect(jsonPath("$.errors[0].message", not(containsString("{"))));
    }

    @Test
    void anEndBeforeTheStartIsABadRequestProblemNamingTheEnd() throws Exception {
        mvc.perform(get("/api/v1/agreements").param("from", "2022").param("to", "2021-12-31"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].parameter").value("to"));
    }

    @Test
    void reportsEveryBadParameterAtOnce() throws Exception {
        mvc.perform(get("/api/v1/agreements").param("type", "TREATY").param("size", "0").param("from", "abc"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].parameter").value(org.hamcrest.Matchers.containsInAnyOrder("type", "size", "from")));
    }

    @Test
    void aTooLongSearchIsABadRequestProblem() throws Exception {
        mvc.perform(get("/api/v1/agreements").param("q", "x".repeat(201)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].parameter").value("q"));
    }

    private long idOf(String title) {
        return jdbc.sql("SELECT id FROM agreement WHERE created_by = 'seed' AND title = :title")
                .param("title", title).query(Long.class).single();
    }
}
