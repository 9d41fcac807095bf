package org.citydiplomacy.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.citydiplomacy.portal.support.WriteApiSupport.EDITOR;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItems;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Map;

import org.citydiplomacy.portal.support.PortalTest;
import org.citydiplomacy.portal.support.WriteApiSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Issue 16, point 16: PATCH with a JSON Merge Patch changes only what it names; a PUT never erases silently. */
@PortalTest
class NoLostDataApiTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JsonMapper json;

    @Autowired
    JdbcClient jdbc;

    WriteApiSupport api;

    @BeforeEach
    void setUp() {
        api = new WriteApiSupport(mvc, json, jdbc);
    }

    @AfterEach
    void removeCreatedRecords() {
        api.removeCreatedRecords();
    }

    private MockHttpServletRequestBuilder mergePatch(String url, Object body) {
        return patch(url).contentType("application/merge-patch+json").content(json.writeValueAsString(body)).with(EDITOR);
    }

    private JsonNode fullAgreement() throws Exception {
        Map<String, Object> body = api.agreement(WriteApiSupport.unique("Patched"), api.createPartner());
        body.put("titleJa", "日本語の題名");
        return api.create("/api/v1/agreements", body);
    }

    @Test
    void patchChangesOnlyWhatItNamesAndKeepsTheRest() throws Exception {
        JsonNode created = fullAgreement();
        long id = created.get("id").asLong();
        String etag = "\"v" + created.get("version").asLong() + "\"";
        mvc.perform(mergePatch("/api/v1/agreements/" + id, Map.of("summary", "A new summary")).header("If-Match", etag))
                .andExpect(status().isOk())
                .andExpect(header().exists("ETag"))
                .andExpect(jsonPath("$.command.summary").value("A new summary"))
                .andExpect(jsonPath("$.command.titleJa").value("日本語の題名"))
                .andExpect(jsonPath("$.command.signatories[0].name").value("Koike Yuriko"))
                .andExpect(jsonPath("$.command.texts[0].body").value("The parties agree."));
        assertThat(jdbc.sql("SELECT title_ja FROM agreement WHERE id = ?").param(id).query(String.class).single())
                .isEqualTo("日本語の題名");

        // null removes a value (RFC 7386).
        JsonNode now = api.getJson("/api/v1/agreements/" + id + "/editable", EDITOR);
        mvc.perform(patch("/api/v1/agreements/" + id).contentType("application/merge-patch+json")
                        .content("{\"titleJa\": null}").with(EDITOR)
                        .header("If-Match", "\"v" + now.get("version").asLong() + "\""))
                .andExpect(status().isOk());
        assertThat(jdbc.sql("SELECT title_ja FROM agreement WHERE id = ?").param(id).query(String.class).optional().orElse(null))
                .isNull();
    }

    @Test
    void patchNeedsIfMatchAndRefusesAStaleOneOrAnUnknownField() throws Exception {
        JsonNode created = fullAgreement();
        long id = created.get("id").asLong();
        mvc.perform(mergePatch("/api/v1/agreements/" + id, Map.of("summary", "x")))
                .andExpect(status().isPreconditionRequired());
        mvc.perform(mergePatch("/api/v1/agreements/" + id, Map.of("summary", "x")).header("If-Match", "\"v999\""))
                .andExpect(status().isPreconditionFailed());
        String etag = "\"v" + created.get("version").asLong() + "\"";
        mvc.perform(mergePatch("/api/v1/agreements/" + id, Map.of("colour", "red")).header("If-Match", etag))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("colour"));
    }

    @Test
    void patchWorksOnPartnersAndMeetingsToo() throws Exception {
        String slug = api.createPartner();
        JsonNode partner = api.getJson("/api/v1/partners/" + slug + "/editable", EDITOR);
        mvc.perform(mergePatch("/api/v1/partners/" + slug, Map.of("nameJa", "テストビル"))
                        .header("If-Match", "\"v" + partner.get("version").asLong() + "\""))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.command.nameJa").value("テストビル"))
                .andExpect(jsonPath("$.command.country").value("FR"));
        JsonNode meeting = api.create("/api/v1/meetings", api.meeting("Patched meeting", api.createPartner()));
        mvc.perform(mergePatch("/api/v1/meetings/" + meeting.get("id").asLong(), Map.of("place", "City Hall"))
                        .header("If-Match", "\"v" + meeting.get("version").asLong() + "\""))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.command.place").value("City Hall"))
                .andExpect(jsonPath("$.command.title").value("Patched meeting"));
    }

    @Test
    void putRefusesABodyThatLeavesOutFieldsTheRecordHas() throws Exception {
        JsonNode created = fullAgreement();
        long id = created.get("id").asLong();
        String etag = "\"v" + created.get("version").asLong() + "\"";
        Map<String, Object> minimal = new java.util.LinkedHashMap<>();
        minimal.put("type", "MEMORANDUM_OF_UNDERSTANDING");
        minimal.put("title", "Only the required fields");
        minimal.put("signedOn", "2026-02-05");
        minimal.put("partners", List.of(created.get("command").get("partners").get(0).asString()));
        minimal.put("status", "IN_FORCE");
        minimal.put("visibility", "PUBLISHED");
        mvc.perform(api.putJson("/api/v1/agreements/" + id, minimal).header("If-Match", etag).with(EDITOR))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.errors[*].field", hasItems("titleJa", "signatories", "areas", "texts")))
                .andExpect(jsonPath("$.detail", containsString("PATCH")));
        assertThat(jdbc.sql("SELECT title_ja FROM agreement WHERE id = ?").param(id).query(String.class).single())
                .isEqualTo("日本語の題名");

        // Naming them (null to erase) is a deliberate replacement.
        String replacing = json.writeValueAsString(minimal).replaceFirst("\\}$",
                ",\"titleJa\":null,\"signatories\":[],\"areas\":[],\"texts\":[]}");
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put("/api/v1/agreements/" + id)
                        .contentType(org.springframework.http.MediaType.APPLICATION_JSON).content(replacing)
                        .header("If-Match", etag).with(EDITOR))
                .andExpect(status().isOk());
    }

    @Test
    void anUnknownTypeIsAnsweredWithTheAllowedTypes() throws Exception {
        Map<String, Object> body = api.agreement(WriteApiSupport.unique("MOU"), api.createPartner());
        body.put("type", "MOU");
        mvc.perform(api.postJson("/api/v1/agreements", body).with(EDITOR))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("type"))
                .andExpect(jsonPath("$.errors[0].message", containsString("MEMORANDUM_OF_UNDERSTANDING")));
    }
}
