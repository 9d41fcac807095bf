package org.citydiplomacy.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.citydiplomacy.portal.support.WriteApiSupport.EDITOR;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.citydiplomacy.portal.support.WriteApiSupport;
import org.citydiplomacy.portal.support.PortalTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Markup in every text field is data: stored and returned verbatim as JSON (pages escape it; that
 * is checked with the pages). Drafts made through the API stay out of every anonymous answer.
 */
@PortalTest
class PayloadAndDraftTest {

    static final String SCRIPT = "<script>alert(1)</script>";
    static final String IMG = "\"><img src=x onerror=alert(1)>";

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
    void keepsMarkupInEveryTextFieldVerbatim() throws Exception {
        for (String payload : List.of(SCRIPT, IMG)) {
            String slug = WriteApiSupport.unique("payload");
            Map<String, Object> partner = new LinkedHashMap<>(api.partner(slug));
            for (String field : List.of("name", "nameJa", "officialName", "cityTerm", "cityTermJa", "partnerTerm",
                    "relationshipNote", "relationshipNoteJa", "staffNotes")) {
                partner.put(field, field + " " + payload);
            }
            JsonNode savedPartner = api.create("/api/v1/partners", partner).get("command");
            JsonNode shownPartner = api.getJson("/api/v1/partners/" + slug, EDITOR);
            for (String field : List.of("name", "nameJa", "officialName", "cityTerm", "cityTermJa", "partnerTerm",
                    "relationshipNote", "relationshipNoteJa", "staffNotes")) {
                assertThat(savedPartner.get(field).asString()).isEqualTo(field + " " + payload);
                if (!field.equals("staffNotes")) {
                    assertThat(shownPartner.get(field).asString()).isEqualTo(field + " " + payload);
                }
            }
            assertThat(shownPartner.has("staffNotes")).as("staff notes never in the read API").isFalse();

            Map<String, Object> agreement = api.agreement("title " + payload, slug);
            for (String field : List.of("titleJa", "place", "placeJa", "summary", "summaryJa", "staffNotes")) {
                agreement.put(field, field + " " + payload);
            }
            agreement.put("signatories", List.of(Map.of("name", "name " + payload, "nameJa", "nameJa " + payload,
                    "office", "office " + payload, "officeJa", "officeJa " + payload, "side", "PARTNER", "partner", slug)));
            agreement.put("texts", List.of(Map.of("language", "en", "title", "text title " + payload,
                    "body", "body " + payload)));
            JsonNode savedAgreement = api.create("/api/v1/agreements", agreement);
            long id = savedAgreement.get("id").asLong();
            JsonNode shown = api.getJson("/api/v1/agreements/" + id, EDITOR);
            for (String field : List.of("titleJa", "place", "placeJa", "summary", "summaryJa")) {
                assertThat(shown.get(field).asString()).isEqualTo(field + " " + payload);
            }
            assertThat(shown.get("title").asString()).isEqualTo("title " + payload);
            assertThat(savedAgreement.at("/command/staffNotes").asString()).isEqualTo("staffNotes " + payload);
            assertThat(shown.at("/signatories/0/name").asString()).isEqualTo("name " + payload);
            assertThat(shown.at("/signatories/0/officeJa").asString()).isEqualTo("officeJa " + payload);
            assertThat(shown.at("/texts/0/title").asString()).isEqualTo("text title " + payload);
            assertThat(shown.at("/texts/0/body").asString()).isEqualTo("body " + payload);

            Map<String, Object> meeting = api.meeting("title " + payload, slug);
            for (String field : List.of("titleJa", "place", "placeJa", "summary", "summaryJa", "staffNotes")) {
                meeting.put(field, field + " " + payload);
            }
            meeting.put("participants", List.of(Map.of("name", "name " + payload, "nameJa", "nameJa " + payload,
                    "office", "office " + payload, "officeJa", "officeJa " + payload, "side", "CITY")));
            JsonNode savedMeeting = api.create("/api/v1/meetings", meeting);
            JsonNode shownMeeting = api.getJson("/api/v1/meetings/" + savedMeeting.get("id").asLong(), EDITOR);
            assertThat(shownMeeting.get("title").asString()).isEqualTo("title " + payload);
            for (String field : List.of("titleJa", "place", "placeJa", "summary", "summaryJa")) {
                assertThat(shownMeeting.get(field).asString()).isEqualTo(field + " " + payload);
            }
            assertThat(shownMeeting.at("/participants/0/office").asString()).isEqualTo("office " + payload);
            assertThat(savedMeeting.at("/command/staffNotes").asString()).isEqualTo("staffNotes " + payload);

            // And in the history, the values are the same strings.
            JsonNode history = api.getJson("/api/v1/agreements/" + id + "/history", EDITOR);
            assertThat(history.toString()).contains(json.writeValueAsString("title " + payload));
        }
    }

    @Test
    void keepsADraftFromTheAnonymousApiAndShowsItToStaff() throws Exception {
        String draftWord = "zqxdraft" + System.nanoTime();
        String partner = WriteApiSupport.unique("drafty");
        Map<String, Object> draftPartner = api.partner(partner);
        api.create("/api/v1/partners", draftPartner);
        Map<String, Object> agreement = api.agreement("Draft agreement " + draftWord, partner);
        agreement.put("visibility", "DRAFT");
        long id = api.createAgreement(agreement);
        Map<String, Object> meeting = api.meeting("Draft meeting " + draftWord, partner);
        meeting.put("visibility", "DRAFT");
        long meetingId = api.create("/api/v1/meetings", meeting).get("id").asLong();

        // Anonymous: not in the listing, the search, the detail, the partner's timeline or the meetings.
        assertThat(ids(api.getJson("/api/v1/agreements?size=100&partner=" + partner, anonymous()))).doesNotContain(id);
        assertThat(ids(api.getJson("/api/v1/agreements?q=" + draftWord, anonymous()))).isEmpty();
        assertThat(api.getJson("/api/v1/agreements?size=100", anonymous()).toString()).doesNotContain(draftWord);
        mvc.perform(get("/api/v1/agreements/" + id)).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/meetings/" + meetingId)).andExpect(status().isNotFound());
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                        .multipart("/api/v1/agreements/{id}/documents", id)
                        .file(new org.springframework.mock.web.MockMultipartFile("file", "draft.pdf", "application/pdf",
                                WriteApiSupport.realPdf()))
                        .param("language", "en").with(EDITOR))
                .andExpect(status().isCreated());
        long documentId = jdbc.sql("SELECT id FROM agreement_document WHERE agreement_id = :id").param("id", id)
                .query(Long.class).single();
        mvc.perform(get("/api/v1/agreements/{id}/documents/{document}", id, documentId)).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/agreements/{id}/documents/{document}", id, documentId).with(EDITOR))
                .andExpect(status().isOk());
        assertThat(api.getJson("/api/v1/partners/" + partner + "/timeline", anonymous()).toString()).doesNotContain(draftWord);
        assertThat(api.getJson("/api/v1/meetings?size=100&partner=" + partner, anonymous()).toString()).doesNotContain(draftWord);

        // Staff: everywhere.
        assertThat(ids(api.getJson("/api/v1/agreements?size=100&partner=" + partner, EDITOR))).contains(id);
        assertThat(ids(api.getJson("/api/v1/agreements?q=" + draftWord, EDITOR))).containsExactly(id);
        mvc.perform(get("/api/v1/agreements/" + id).with(EDITOR)).andExpect(status().isOk());
        mvc.perform(get("/api/v1/meetings/" + meetingId).with(EDITOR)).andExpect(status().isOk());
        assertThat(api.getJson("/api/v1/partners/" + partner + "/timeline", EDITOR).toString())
                .contains("Draft agreement " + draftWord, "Draft meeting " + draftWord);

        // A draft partner is itself hidden.
        String hiddenPartner = WriteApiSupport.unique("hidden");
        Map<String, Object> hidden = api.partner(hiddenPartner);
        hidden.put("visibility", "DRAFT");
        api.create("/api/v1/partners", hidden);
        mvc.perform(get("/api/v1/partners/" + hiddenPartner)).andExpect(status().isNotFound());
        assertThat(api.getJson("/api/v1/partners", anonymous()).toString()).doesNotContain(hiddenPartner);
        mvc.perform(get("/api/v1/partners/" + hiddenPartner).with(EDITOR)).andExpect(status().isOk());
    }

    private static org.springframework.test.web.servlet.request.RequestPostProcessor anonymous() {
        return org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.anonymous();
    }

    private static List<Long> ids(JsonNode page) {
        List<Long> ids = new ArrayList<>();
        page.get("content").forEach(a -> ids.add(a.get("id").asLong()));
        return ids;
    }
}
