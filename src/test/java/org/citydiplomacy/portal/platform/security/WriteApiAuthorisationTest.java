package org.citydiplomacy.portal.platform.security;

import static org.citydiplomacy.portal.support.WriteApiSupport.ADMIN;
import static org.citydiplomacy.portal.support.WriteApiSupport.EDITOR;
import static org.citydiplomacy.portal.support.WriteApiSupport.VISITOR;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.anonymous;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Map;

import org.citydiplomacy.portal.support.WriteApiSupport;
import org.citydiplomacy.portal.support.PortalTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Who may call each write endpoint, through the real filter chain: nobody without credentials (401),
 * nobody without a staff role (403), editors for writes, administrators alone for withdrawals.
 */
@PortalTest
class WriteApiAuthorisationTest {

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

    /** Each write request, built fresh (it may only run once) for the given caller. */
    interface Write {
        AbstractMockHttpServletRequestBuilder<?> build() throws Exception;
    }

    List<Write> editorWrites(String partner, long agreement, long meeting) {
        return List.of(
                () -> api.postJson("/api/v1/partners", api.partner(WriteApiSupport.unique("authz"))),
                () -> api.putJson("/api/v1/partners/" + partner, api.partner(partner)).header("If-Match", etag("/api/v1/partners/" + partner)),
                () -> api.postJson("/api/v1/agreements", api.agreement("Authz", partner)),
                () -> api.putJson("/api/v1/agreements/" + agreement, api.agreement("Authz changed", partner))
                        .header("If-Match", etag("/api/v1/agreements/" + agreement)),
                () -> multipart("/api/v1/agreements/{id}/documents", agreement)
                        .file(new MockMultipartFile("file", "signed.pdf", "application/pdf", WriteApiSupport.realPdf()))
                        .param("language", "en"),
                () -> api.postJson("/api/v1/meetings", api.meeting("Authz", partner)),
                () -> api.putJson("/api/v1/meetings/" + meeting, api.meeting("Authz changed", partner))
                        .header("If-Match", etag("/api/v1/meetings/" + meeting)),
                () -> get("/api/v1/agreements/" + agreement + "/history"),
                () -> get("/api/v1/agreements/" + agreement + "/editable"),
                () -> get("/api/v1/partners/" + partner + "/history"),
                () -> get("/api/v1/meetings/" + meeting + "/editable"));
    }

    String etag(String url) throws Exception {
        return mvc.perform(get(url).with(EDITOR)).andReturn().getResponse().getHeader("ETag");
    }

    @Test
    void refusesEveryWriteWithoutCredentials() throws Exception {
        String partner = api.createPartner();
        long agreement = api.createAgreement(api.agreement("Authz base", partner));
        long meeting = api.create("/api/v1/meetings", api.meeting("Authz base", partner)).get("id").asLong();
        for (Write write : editorWrites(partner, agreement, meeting)) {
            mvc.perform(write.build().with(anonymous()))
                    .andExpect(status().isUnauthorized())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        }
        for (String url : withdrawals(partner, agreement, meeting)) {
            mvc.perform(post(url).with(anonymous())).andExpect(status().isUnauthorized());
        }
    }

    @Test
    void refusesEveryWriteToAnAccountWithoutAStaffRole() throws Exception {
        String partner = api.createPartner();
        long agreement = api.createAgreement(api.agreement("Authz base", partner));
        long meeting = api.create("/api/v1/meetings", api.meeting("Authz base", partner)).get("id").asLong();
        for (Write write : editorWrites(partner, agreement, meeting)) {
            mvc.perform(write.build().with(VISITOR))
                    .andExpect(status().isForbidden())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        }
    }

    @Test
    void letsEditorsAndAdministratorsWrite() throws Exception {
        for (RequestPostProcessor staff : List.of(EDITOR, ADMIN)) {
            String partner = api.createPartner();
            long agreement = api.createAgreement(api.agreement("Authz base", partner));
            long meeting = api.create("/api/v1/meetings", api.meeting("Authz base", partner)).get("id").asLong();
            for (Write write : editorWrites(partner, agreement, meeting)) {
                int status = mvc.perform(write.build().with(staff)).andReturn().getResponse().getStatus();
                org.assertj.core.api.Assertions.assertThat(status).as("status").isIn(200, 201);
            }
        }
    }

    @Test
    void letsOnlyAdministratorsWithdraw() throws Exception {
        String partner = api.createPartner();
        long agreement = api.createAgreement(api.agreement("To withdraw", partner));
        long meeting = api.create("/api/v1/meetings", api.meeting("To withdraw", partner)).get("id").asLong();
        for (String url : withdrawals(partner, agreement, meeting)) {
            mvc.perform(post(url).with(EDITOR))
                    .andExpect(status().isForbidden())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
            mvc.perform(post(url).with(ADMIN))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.command.visibility").value("WITHDRAWN"))
                    .andExpect(header().exists("ETag"));
        }
        // Withdrawn records are kept for staff, and gone (410) for the public.
        mvc.perform(get("/api/v1/agreements/" + agreement)).andExpect(status().isGone());
        mvc.perform(get("/api/v1/agreements/" + agreement).with(EDITOR))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.visibility").value("WITHDRAWN"));
    }

    @Test
    void keepsAWithdrawnRecordFromEditorsButLetsAnAdministratorRestoreIt() throws Exception {
        String partner = api.createPartner();
        Map<String, Object> body = api.agreement("Withdrawn then restored", partner);
        long agreement = api.createAgreement(body);
        mvc.perform(post("/api/v1/agreements/" + agreement + "/withdrawal").with(ADMIN)).andExpect(status().isOk());
        String etag = etag("/api/v1/agreements/" + agreement);
        mvc.perform(api.putJson("/api/v1/agreements/" + agreement, body).header("If-Match", etag).with(EDITOR))
                .andExpect(status().isForbidden());
        mvc.perform(api.putJson("/api/v1/agreements/" + agreement, body).header("If-Match", etag).with(ADMIN))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.command.visibility").value("PUBLISHED"));
    }

    @Test
    void answersSingleRecordsWithTheirVersionAsETag() throws Exception {
        String partner = api.createPartner();
        JsonNode created = api.create("/api/v1/agreements", api.agreement("ETag", partner));
        mvc.perform(get("/api/v1/agreements/" + created.get("id").asLong()))
                .andExpect(status().isOk())
                .andExpect(header().string("ETag", "\"v" + created.get("version").asLong() + "\""));
        mvc.perform(get("/api/v1/partners/" + partner)).andExpect(header().string("ETag", "\"v0\""));
        mvc.perform(get("/api/v1/meetings/1")).andExpect(header().string("ETag", "\"v0\""));
    }

    private static List<String> withdrawals(String partner, long agreement, long meeting) {
        return List.of("/api/v1/partners/" + partner + "/withdrawal", "/api/v1/agreements/" + agreement + "/withdrawal",
                "/api/v1/meetings/" + meeting + "/withdrawal");
    }
}
