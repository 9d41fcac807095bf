package org.citydiplomacy.portal.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.citydiplomacy.portal.support.WriteApiSupport.ADMIN;
import static org.citydiplomacy.portal.support.WriteApiSupport.EDITOR;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.citydiplomacy.portal.support.WriteApiSupport;
import org.citydiplomacy.portal.support.PortalTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Every kind of change is recorded with who made it and the values before and after. */
@PortalTest
class HistoryRecordingTest {

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

    @Test
    void recordsTheLifeOfAnAgreementWithWhoAndWhatChanged() throws Exception {
        String partner = api.createPartner();
        Map<String, Object> body = api.agreement("First title", partner);
        long id = api.createAgreement(body);

        body.put("title", "Second title");
        body.put("areas", List.of("CULTURE", "SPORT"));
        List<Object> signatories = new ArrayList<>((List<?>) body.get("signatories"));
        signatories.add(Map.of("name", "Mayor of Testville", "side", "PARTNER", "partner", partner));
        body.put("signatories", signatories);
        body.put("texts", List.of(Map.of("language", "en", "body", "The parties agree, as amended."),
                Map.of("language", "ja", "title", "覚書", "body", "両者は合意する。")));
        mvc.perform(api.putJson("/api/v1/agreements/" + id, body).header("If-Match", "\"v0\"").with(EDITOR))
                .andExpect(status().isOk());
        mvc.perform(multipart("/api/v1/agreements/{id}/documents", id)
                        .file(new MockMultipartFile("file", "signed.pdf", "application/pdf", WriteApiSupport.realPdf()))
                        .param("language", "en").with(EDITOR))
                .andExpect(status().isCreated());
        mvc.perform(post("/api/v1/agreements/" + id + "/withdrawal").with(ADMIN)).andExpect(status().isOk());

        JsonNode history = api.getJson("/api/v1/agreements/" + id + "/history", EDITOR);
        assertThat(history.findValuesAsString("kind"))
                .containsExactly("Withdrawn", "Document added", "Changed", "Created");
        assertThat(history.findValuesAsString("username")).containsExactly("ada", "ed", "ed", "ed");

        JsonNode created = history.get(3);
        assertThat(change(created, "Title in English").get("before").isNull()).isTrue();
        assertThat(change(created, "Title in English").get("after").asString()).isEqualTo("First title");

        JsonNode changed = history.get(2);
        assertThat(change(changed, "Title in English").get("before").asString()).isEqualTo("First title");
        assertThat(change(changed, "Title in English").get("after").asString()).isEqualTo("Second title");
        assertThat(change(changed, "Areas of cooperation").get("before").toString()).isEqualTo("[\"Culture\",\"Environment\"]");
        assertThat(change(changed, "Areas of cooperation").get("after").toString()).isEqualTo("[\"Culture\",\"Sport\"]");
        assertThat(change(changed, "Signatories").get("after").get(1).asString())
                .isEqualTo("Mayor of Testville (Partner: " + partner + ")");
        assertThat(change(changed, "Full text in English").get("after").asString()).isEqualTo("The parties agree, as amended.");
        assertThat(change(changed, "Full text in Japanese").get("before").isNull()).isTrue();
        assertThat(change(changed, "Full text in Japanese").get("after").asString()).isEqualTo("覚書\n\n両者は合意する。");
        assertThat(changed.get("changes").findValuesAsString("field")).doesNotContain("Partners", "Status", "Type");

        JsonNode document = history.get(1);
        assertThat(document.get("changes").findValuesAsString("field")).containsExactly("Signed documents");
        assertThat(change(document, "Signed documents").get("after").get(0).asString()).startsWith("en · signed.pdf · ");

        JsonNode withdrawn = history.get(0);
        assertThat(change(withdrawn, "Visibility").get("before").asString()).isEqualTo("Published");
        assertThat(change(withdrawn, "Visibility").get("after").asString()).isEqualTo("Withdrawn");
    }

    @Test
    void showsTheSeededValuesAnEditReplaced() throws Exception {
        JsonNode editable = api.getJson("/api/v1/agreements/2/editable", EDITOR);
        JsonNode command = editable.get("command");
        String seededTitle = command.get("title").asString();
        Map<String, Object> body = json.convertValue(command, Map.class);
        body.put("title", seededTitle + " (corrected)");
        String etag = mvc.perform(api.putJson("/api/v1/agreements/2", body)
                        .header("If-Match", "\"v" + editable.get("version").asLong() + "\"").with(EDITOR))
                .andExpect(status().isOk()).andReturn().getResponse().getHeader("ETag");
        JsonNode history = api.getJson("/api/v1/agreements/2/history", EDITOR);
        // Put the seeded title back before asserting, so that the seed tests see the seed whatever happens here.
        body.put("title", seededTitle);
        mvc.perform(api.putJson("/api/v1/agreements/2", body).header("If-Match", etag).with(EDITOR))
                .andExpect(status().isOk());
        assertThat(history.get(0).get("kind").asString()).isEqualTo("Changed");
        assertThat(history.get(0).get("changes").findValuesAsString("field")).containsExactly("Title in English");
        assertThat(change(history.get(0), "Title in English").get("before").asString()).isEqualTo(seededTitle);
        assertThat(history.get(history.size() - 1).get("username").asString()).isEqualTo("seed");
    }

    @Test
    void recordsPartnerAndMeetingChanges() throws Exception {
        String partner = api.createPartner();
        Map<String, Object> body = api.partner(partner);
        body.put("name", "Renamed Testville");
        body.put("relationshipSince", "1996");
        mvc.perform(api.putJson("/api/v1/partners/" + partner, body).header("If-Match", "\"v0\"").with(ADMIN))
                .andExpect(status().isOk());
        JsonNode partnerHistory = api.getJson("/api/v1/partners/" + partner + "/history", EDITOR);
        assertThat(partnerHistory.findValuesAsString("kind")).containsExactly("Changed", "Created");
        assertThat(partnerHistory.findValuesAsString("username")).containsExactly("ada", "ed");
        assertThat(change(partnerHistory.get(0), "Relationship since").get("after").asString()).isEqualTo("1996");
        assertThat(change(partnerHistory.get(0), "Name in English").get("before").asString()).startsWith("Testville");

        long meeting = api.create("/api/v1/meetings", api.meeting("A visit", partner)).get("id").asLong();
        Map<String, Object> changed = api.meeting("A visit", partner);
        changed.put("agreements", List.of(1));
        mvc.perform(api.putJson("/api/v1/meetings/" + meeting, changed).header("If-Match", "\"v0\"").with(EDITOR))
                .andExpect(status().isOk());
        mvc.perform(post("/api/v1/meetings/" + meeting + "/withdrawal").with(ADMIN)).andExpect(status().isOk());
        JsonNode meetingHistory = api.getJson("/api/v1/meetings/" + meeting + "/history", EDITOR);
        assertThat(meetingHistory.findValuesAsString("kind")).containsExactly("Withdrawn", "Changed", "Created");
        assertThat(change(meetingHistory.get(1), "Agreements signed or discussed").get("after").toString()).isEqualTo("[1]");
    }

    @Test
    void keepsTheHistoryFromThePublic() throws Exception {
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/api/v1/agreements/1/history"))
                .andExpect(status().isUnauthorized());
    }

    private static JsonNode change(JsonNode entry, String field) {
        for (JsonNode change : entry.get("changes")) {
            if (change.get("field").asString().equals(field)) {
                return change;
            }
        }
        throw new AssertionError("No change of " + field + " in " + entry);
    }
}
