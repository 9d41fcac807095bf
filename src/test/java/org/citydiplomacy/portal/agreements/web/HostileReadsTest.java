package org.citydiplomacy.portal.agreements.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.asyncDispatch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.citydiplomacy.portal.support.CreatedRecords;
import org.citydiplomacy.portal.support.PortalTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import tools.jackson.databind.json.JsonMapper;

/** Issue 12's hostile reads: unsearchable words, formulas in the CSV, links from a Host header. */
@PortalTest
class HostileReadsTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JsonMapper json;

    @Autowired
    JdbcClient jdbc;

    private CreatedRecords created;

    @BeforeEach
    void noteRecords() {
        created = CreatedRecords.noteBefore(jdbc);
    }

    @AfterEach
    void removeRecords() {
        created.remove();
    }

    @ParameterizedTest
    @ValueSource(strings = { "hello\u0000", "x\ud800y" })
    void aSearchForACharacterThatCannotBeStoredIsABadRequestThatSaysSo(String q) throws Exception {
        mvc.perform(get("/agreements").param("q", q).accept(MediaType.TEXT_HTML))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.TEXT_HTML))
                .andExpect(content().string(containsString("cannot be searched for")));
        mvc.perform(get("/api/v1/agreements").param("q", q))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].parameter").value("q"))
                .andExpect(jsonPath("$.errors[0].message").value(containsString("cannot be searched for")));
        for (String export : List.of("/agreements.csv", "/agreements.atom")) {
            mvc.perform(get(export).param("q", q).accept(MediaType.TEXT_HTML))
                    .andExpect(status().isBadRequest())
                    // The portal's 400 page, typed as a page whatever the address ends with.
                    .andExpect(content().contentTypeCompatibleWith(MediaType.TEXT_HTML))
                    .andExpect(content().string(containsString("cannot be searched for")));
        }
    }

    @Test
    void theCsvNeutralisesEveryCellThatASpreadsheetWouldReadAsAFormula() throws Exception {
        String formula = "=HYPERLINK(\"http://evil.example/x\",\"click\")";
        Map<String, Object> agreement = Map.of("type", "JOINT_STATEMENT", "title", formula, "titleJa", "+1+1",
                "place", "@SUM(A1)", "summary", "-2+3", "placeJa", "\tTab", "summaryJa", "\rReturn",
                "signedOn", "2025-01-02", "partners", List.of("rome"), "visibility", "PUBLISHED");
        mvc.perform(post("/api/v1/agreements").with(user("ed").roles("EDITOR")).contentType(MediaType.APPLICATION_JSON)
                .content(json.writeValueAsString(agreement))).andExpect(status().isCreated());
        MvcResult started = mvc.perform(get("/agreements.csv").param("partner", "rome")).andReturn();
        String csv = mvc.perform(asyncDispatch(started)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(csv.substring(1))).getRecords();
        CSVRecord row = rows.stream().filter(r -> r.get("title_en").contains("HYPERLINK")).findFirst().orElseThrow();
        assertThat(row.get("title_en")).isEqualTo("'" + formula);
        assertThat(row.get("title_ja")).isEqualTo("'+1+1");
        assertThat(row.get("place_en")).isEqualTo("'@SUM(A1)");
        assertThat(row.get("summary_en")).isEqualTo("'-2+3");
        assertThat(row.get("place_ja")).isEqualTo("'\tTab");
        assertThat(row.get("summary_ja")).isEqualTo("'\rReturn");
        for (CSVRecord any : rows) {
            for (String cell : any.values()) {
                assertThat(cell).doesNotStartWith("=").doesNotStartWith("+").doesNotStartWith("-").doesNotStartWith("@");
            }
        }
    }

    @Test
    void absoluteLinksComeFromThePublicUrlNeverFromTheHostHeader() throws Exception {
        String feed = mvc.perform(get("/agreements.atom").header("Host", "evil.example")
                .header("X-Forwarded-Host", "evil.example").header("X-Forwarded-Proto", "https"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(feed).doesNotContain("evil.example").contains("href=\"http://localhost:8080/agreements/");
        long rome = jdbc.sql("SELECT id FROM agreement WHERE title = :t").param("t", AgreementPageTest.ROME_TITLE)
                .query(Long.class).single();
        String page = mvc.perform(get("/agreements/" + rome).header("Host", "evil.example")
                .header("X-Forwarded-Host", "evil.example").accept(MediaType.TEXT_HTML))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).doesNotContain("evil.example").contains("http://localhost:8080/agreements/" + rome);
        MvcResult started = mvc.perform(get("/agreements.csv").header("Host", "evil.example")).andReturn();
        assertThat(mvc.perform(asyncDispatch(started)).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8))
                .doesNotContain("evil.example");
    }
}
