package org.citydiplomacy.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.citydiplomacy.portal.support.WriteApiSupport.EDITOR;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.citydiplomacy.portal.support.DatabaseState;
import org.citydiplomacy.portal.support.PortalTest;
import org.citydiplomacy.portal.support.WriteApiSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Issue 12's hostile writes, through the real filter chain on the real database: each is refused
 * with 400 (406 when the answer would be refused) naming the field, and nothing is saved.
 */
@PortalTest
class HostileWritesTest {

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

    /** Sends the request as the editor, expects a 400 problem naming {@code field}, and checks nothing changed. */
    private ResultActions refused(MockHttpServletRequestBuilder request, String field) throws Exception {
        DatabaseState before = DatabaseState.of(jdbc);
        ResultActions result = mvc.perform(request.with(EDITOR))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[*].field", hasItem(field)));
        assertThat(DatabaseState.of(jdbc)).isEqualTo(before);
        return result;
    }

    private MockHttpServletRequestBuilder postRaw(String url, String body) {
        return post(url).contentType(MediaType.APPLICATION_JSON).content(body.getBytes(StandardCharsets.UTF_8));
    }

    private String slug() throws Exception {
        return api.createPartner();
    }

    private static final String TEXT = "@@HOSTILE@@";

    /** The body as JSON with the hostile text written as the JSON escapes given (a lone surrogate survives only so). */
    private MockHttpServletRequestBuilder withText(MockHttpServletRequestBuilder request, Object body, String escaped) {
        return request.contentType(MediaType.APPLICATION_JSON)
                .content(json.writeValueAsString(body).replace(TEXT, escaped).getBytes(StandardCharsets.UTF_8));
    }

    @ParameterizedTest
    @ValueSource(strings = { "x\\u0000y", "x\\ud800y", "x\\udc00", "\\ud83d" })
    void refusesATextThatCannotBeStoredInEveryRecordPostedOrPut(String escaped) throws Exception {
        String slug = slug();
        Map<String, Object> agreement = api.agreement("Hostile " + slug, slug);
        agreement.put("summary", TEXT);
        refused(withText(post("/api/v1/agreements"), agreement, escaped), "summary")
                .andExpect(jsonPath("$.errors[0].message").value(org.hamcrest.Matchers.containsString("cannot be stored")));
        Map<String, Object> partner = api.partner(WriteApiSupport.unique("hostile"));
        partner.put("nameJa", TEXT);
        refused(withText(post("/api/v1/partners"), partner, escaped), "nameJa");
        Map<String, Object> meeting = api.meeting("Hostile meeting", slug);
        meeting.put("participants", List.of(Map.of("name", TEXT, "side", "CITY")));
        refused(withText(post("/api/v1/meetings"), meeting, escaped), "participants[0].name");

        JsonNode created = api.create("/api/v1/agreements", api.agreement("Put target " + slug, slug));
        refused(withText(put("/api/v1/agreements/" + created.get("id").asLong()), api.agreement(TEXT, slug), escaped)
                .header("If-Match", "\"" + created.get("version").asLong() + "\""), "title");
        JsonNode meetingCreated = api.create("/api/v1/meetings", api.meeting("Put meeting", slug));
        Map<String, Object> meetingUpdate = api.meeting("Put meeting", slug);
        meetingUpdate.put("place", TEXT);
        refused(withText(put("/api/v1/meetings/" + meetingCreated.get("id").asLong()), meetingUpdate, escaped)
                .header("If-Match", "\"" + meetingCreated.get("version").asLong() + "\""), "place");
        Map<String, Object> partnerUpdate = api.partner(slug);
        partnerUpdate.put("relationshipNote", TEXT);
        long partnerVersion = api.getJson("/api/v1/partners/" + slug + "/editable", EDITOR).get("version").asLong();
        refused(withText(put("/api/v1/partners/" + slug), partnerUpdate, escaped)
                .header("If-Match", "\"" + partnerVersion + "\""), "relationshipNote");
    }

    @Test
    void aWriteWhoseAnswerWouldBeRefusedIsRefusedBeforeAnythingIsSaved() throws Exception {
        String slug = slug();
        JsonNode agreement = api.create("/api/v1/agreements", api.agreement("Accept target " + slug, slug));
        long partnerVersion = api.getJson("/api/v1/partners/" + slug + "/editable", EDITOR).get("version").asLong();
        List<MockHttpServletRequestBuilder> writes = List.of(
                api.postJson("/api/v1/agreements", api.agreement("Not acceptable " + slug, slug)),
                api.postJson("/api/v1/partners", api.partner(WriteApiSupport.unique("not-acceptable"))),
                api.postJson("/api/v1/meetings", api.meeting("Not acceptable", slug)),
                api.putJson("/api/v1/agreements/" + agreement.get("id").asLong(), api.agreement("Changed", slug))
                        .header("If-Match", "\"" + agreement.get("version").asLong() + "\""),
                api.putJson("/api/v1/partners/" + slug, api.partner(slug)).header("If-Match", "\"" + partnerVersion + "\""));
        for (MockHttpServletRequestBuilder write : writes) {
            DatabaseState before = DatabaseState.of(jdbc);
            mvc.perform(write.accept(MediaType.TEXT_HTML).with(EDITOR))
                    .andExpect(status().isNotAcceptable())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
            assertThat(DatabaseState.of(jdbc)).isEqualTo(before);
        }
    }

    @Test
    void aNewRecordWithoutStatusOrVisibilityIsAnUnknownDraft() throws Exception {
        String slug = slug();
        JsonNode agreement = api.create("/api/v1/agreements", Map.of("type", "JOINT_STATEMENT", "title", "Minimal " + slug,
                "signedOn", "2024", "partners", List.of(slug)));
        assertThat(agreement.at("/command/status").asString()).isEqualTo("UNKNOWN");
        assertThat(agreement.at("/command/visibility").asString()).isEqualTo("DRAFT");
        JsonNode partner = api.create("/api/v1/partners", Map.of("slug", WriteApiSupport.unique("minimal"),
                "name", "Minimal", "kind", "CITY", "country", "IT"));
        assertThat(partner.at("/command/visibility").asString()).isEqualTo("DRAFT");
        assertThat(partner.at("/command/relationship").asString()).isEqualTo("PARTNER");
        JsonNode meeting = api.create("/api/v1/meetings", Map.of("title", "Minimal", "date", "2024-05",
                "kind", "FORUM"));
        assertThat(meeting.at("/command/visibility").asString()).isEqualTo("DRAFT");
    }

    @Test
    void refusesANumberForATextDuplicateKeysAndUnknownFieldsIdAndVersionAmongThem() throws Exception {
        String slug = slug();
        String valid = "\"type\":\"JOINT_STATEMENT\",\"signedOn\":\"2024\",\"partners\":[\"" + slug + "\"]";
        refused(postRaw("/api/v1/agreements", "{" + valid + ",\"title\":123}"), "title")
                .andExpect(jsonPath("$.errors[0].message").value("This field takes text: write it in quotes."));
        refused(postRaw("/api/v1/agreements", "{" + valid + ",\"title\":true}"), "title");
        refused(postRaw("/api/v1/agreements", "{" + valid + ",\"title\":\"a\",\"title\":\"b\"}"), "title")
                .andExpect(jsonPath("$.errors[0].message").value("This field is given twice: give it once."));
        for (String unknown : List.of("\"id\":5", "\"version\":0", "\"colour\":\"red\"")) {
            refused(postRaw("/api/v1/agreements", "{" + valid + ",\"title\":\"a\"," + unknown + "}"),
                    unknown.substring(1, unknown.indexOf('"', 1)));
        }
        refused(postRaw("/api/v1/agreements", "{" + valid.replace("\"JOINT_STATEMENT\"", "2") + ",\"title\":\"a\"}"), "type");
        refused(postRaw("/api/v1/partners", "{\"slug\":\"numbers\",\"name\":7,\"kind\":\"CITY\",\"country\":\"FR\"}"),
                "name");
    }

    @Test
    void refusesTheSameRelationTwiceAnUnknownCountryAndImplausibleDates() throws Exception {
        String slug = slug();
        long related = api.createAgreement(api.agreement("Related " + slug, slug));
        Map<String, Object> twice = api.agreement("Twice " + slug, slug);
        twice.put("relations", List.of(Map.of("kind", "RENEWS", "agreementId", related),
                Map.of("kind", "RENEWS", "agreementId", related)));
        refused(api.postJson("/api/v1/agreements", twice), "relations[1]");
        Map<String, Object> meeting = api.meeting("Twice", slug);
        meeting.put("agreements", List.of(related, related));
        refused(api.postJson("/api/v1/meetings", meeting), "agreements[1]");

        Map<String, Object> nowhere = api.partner(WriteApiSupport.unique("nowhere"));
        nowhere.put("country", "XX");
        refused(api.postJson("/api/v1/partners", nowhere), "country");

        for (String date : List.of("0001-01-01", "1799", "9999-12-31", "2999")) {
            Map<String, Object> agreement = api.agreement("Dated " + slug, slug);
            agreement.put("signedOn", date);
            refused(api.postJson("/api/v1/agreements", agreement), "signedOn");
        }
        Map<String, Object> expiring = api.agreement("Expiring " + slug, slug);
        expiring.put("expiresOn", "9999-12-31");
        refused(api.postJson("/api/v1/agreements", expiring), "expiresOn");
        Map<String, Object> future = api.partner(WriteApiSupport.unique("future"));
        future.put("relationshipSince", "2999");
        refused(api.postJson("/api/v1/partners", future), "relationshipSince");
        Map<String, Object> ancient = api.meeting("Ancient", slug);
        ancient.put("date", "0001-01-01");
        refused(api.postJson("/api/v1/meetings", ancient), "date");
    }

    @Test
    void storesRightToLeftCombiningEmojiSqlAndHtmlTextExactly() throws Exception {
        String slug = slug();
        String text = "مرحبا e\u0301 👩🏽‍💻 '; DROP TABLE agreement; -- <script>alert(1)</script> {\"a\":1} ../../etc";
        Map<String, Object> agreement = api.agreement(text, slug);
        agreement.put("summary", text);
        JsonNode created = api.create("/api/v1/agreements", agreement);
        assertThat(created.at("/command/title").asString()).isEqualTo(text);
        JsonNode stored = api.getJson("/api/v1/agreements/" + created.get("id").asLong() + "/editable", EDITOR);
        assertThat(stored.at("/command/title").asString()).isEqualTo(text);
        assertThat(stored.at("/command/summary").asString()).isEqualTo(text);
    }
}
