package org.citydiplomacy.portal.agreements.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.citydiplomacy.portal.support.WriteApiSupport.EDITOR;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Map;

import org.citydiplomacy.portal.support.PortalTest;
import org.citydiplomacy.portal.support.WriteApiSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Withdrawing a signed document through the API (If-Match optional, the reason too), and what its
 * address answers afterwards: 410 Gone with the reason, as a page and as a problem in both languages,
 * except for a draft agreement's document, of which the public learns nothing (404).
 */
@PortalTest
class DocumentWithdrawalApiTest {

    private static final String REASON = "The wrong scan was attached.";

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
    void anEditorWithdrawsADocumentWithTheAgreementsETagAndAReason() throws Exception {
        long id = api.createAgreement(api.agreement("With a PDF", api.createPartner()));
        long document = attach(id);
        String etag = mvc.perform(get("/api/v1/agreements/{id}/editable", id).with(EDITOR))
                .andReturn().getResponse().getHeader(HttpHeaders.ETAG);

        String newEtag = mvc.perform(withdrawal(id, document).header(HttpHeaders.IF_MATCH, etag)
                        .contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(Map.of("reason", REASON))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.id").value(document))
                .andExpect(jsonPath("$.agreementId").value(id))
                .andExpect(jsonPath("$.filename").value("signed.pdf"))
                .andExpect(jsonPath("$.visibility").value("WITHDRAWN"))
                .andExpect(jsonPath("$.withdrawalReason").value(REASON))
                .andReturn().getResponse().getHeader(HttpHeaders.ETAG);
        assertThat(newEtag).isNotNull().isNotEqualTo(etag);

        JsonNode history = api.getJson("/api/v1/agreements/" + id + "/history", EDITOR);
        assertThat(history.get(0).get("kind").asString()).isEqualTo("Document withdrawn");
        assertThat(history.get(0).get("changes").toString()).contains("signed.pdf", REASON);
        // Withdrawn already: there is nothing left to withdraw.
        mvc.perform(withdrawal(id, document)).andExpect(status().isNotFound());
    }

    @Test
    void aWithdrawalBasedOnAnOlderVersionIsRefusedAndChangesNothing() throws Exception {
        long id = api.createAgreement(api.agreement("With a PDF", api.createPartner()));
        long document = attach(id);

        mvc.perform(withdrawal(id, document).header(HttpHeaders.IF_MATCH, "\"v0\""))
                .andExpect(status().isPreconditionFailed())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));

        mvc.perform(get("/api/v1/agreements/{id}/documents/{doc}", id, document)).andExpect(status().isOk());
    }

    @Test
    void anEmptyBodyOfAnyTypeWithdrawsWithoutAReason() throws Exception {
        long id = api.createAgreement(api.agreement("With a PDF", api.createPartner()));
        long document = attach(id);

        mvc.perform(withdrawal(id, document).contentType(MediaType.APPLICATION_FORM_URLENCODED).content(""))
                .andExpect(status().isOk())
                .andExpect(header().exists(HttpHeaders.ETAG))
                .andExpect(jsonPath("$.visibility").value("WITHDRAWN"))
                .andExpect(jsonPath("$.withdrawalReason").doesNotExist());

        mvc.perform(get("/api/v1/agreements/{id}/documents/{doc}", id, document)).andExpect(status().isGone());
    }

    @Test
    void aWithdrawalNeedsAStaffToken() throws Exception {
        long id = api.createAgreement(api.agreement("With a PDF", api.createPartner()));
        long document = attach(id);

        mvc.perform(post("/api/v1/agreements/{id}/documents/{doc}/withdrawal", id, document))
                .andExpect(status().isUnauthorized());
        mvc.perform(post("/api/v1/agreements/{id}/documents/{doc}/withdrawal", id, document).with(WriteApiSupport.VISITOR))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/agreements/{id}/documents/{doc}", id, document)).andExpect(status().isOk());
    }

    @Test
    void aWithdrawnDocumentsAddressIsGoneWithItsReasonInBothLanguages() throws Exception {
        long id = api.createAgreement(api.agreement("With a PDF", api.createPartner()));
        long document = attach(id);
        mvc.perform(withdrawal(id, document).contentType(MediaType.APPLICATION_JSON)
                .content(json.writeValueAsString(Map.of("reason", REASON)))).andExpect(status().isOk());

        mvc.perform(get("/api/v1/agreements/{id}/documents/{doc}", id, document))
                .andExpect(status().isGone())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value("https://citydiplomacy.org/problems/withdrawn"))
                .andExpect(jsonPath("$.title").value("Withdrawn"))
                .andExpect(jsonPath("$.detail").value(containsString("document " + document)))
                .andExpect(jsonPath("$.reason").value(REASON))
                .andExpect(jsonPath("$.withdrawnAt").isString());
        mvc.perform(get("/api/v1/agreements/{id}/documents/{doc}", id, document).header("Accept-Language", "ja"))
                .andExpect(status().isGone())
                .andExpect(jsonPath("$.title").value("取り下げ済み"))
                .andExpect(jsonPath("$.detail").value(containsString("文書")));

        String page = mvc.perform(get("/agreements/{id}/documents/{doc}", id, document).accept(MediaType.TEXT_HTML)
                        .header("Accept-Language", "en"))
                .andExpect(status().isGone())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("This signed document was withdrawn", REASON);
        String pageJa = mvc.perform(get("/agreements/{id}/documents/{doc}", id, document).accept(MediaType.TEXT_HTML)
                        .header("Accept-Language", "ja"))
                .andExpect(status().isGone())
                .andReturn().getResponse().getContentAsString();
        assertThat(pageJa).contains("この署名文書は取り下げられました", REASON, "lang=\"ja\"");
    }

    @Test
    void aDraftAgreementsWithdrawnDocumentStaysNotFoundForThePublic() throws Exception {
        Map<String, Object> draft = api.agreement("Draft with a PDF", api.createPartner());
        draft.put("visibility", "DRAFT");
        long id = api.createAgreement(draft);
        long document = attach(id);
        mvc.perform(withdrawal(id, document).contentType(MediaType.APPLICATION_JSON)
                .content(json.writeValueAsString(Map.of("reason", REASON)))).andExpect(status().isOk());

        String problem = mvc.perform(get("/api/v1/agreements/{id}/documents/{doc}", id, document))
                .andExpect(status().isNotFound())
                .andReturn().getResponse().getContentAsString();
        assertThat(problem).doesNotContain(REASON).doesNotContain("withdrawn");
        String page = mvc.perform(get("/agreements/{id}/documents/{doc}", id, document).accept(MediaType.TEXT_HTML))
                .andExpect(status().isNotFound())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).doesNotContain(REASON);
        // Staff still download it, marked withdrawn on their page.
        mvc.perform(get("/api/v1/agreements/{id}/documents/{doc}", id, document).with(EDITOR)).andExpect(status().isOk());
    }

    private org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder withdrawal(long id, long document) {
        return post("/api/v1/agreements/{id}/documents/{doc}/withdrawal", id, document).with(EDITOR);
    }

    private long attach(long id) throws Exception {
        String body = mvc.perform(multipart("/api/v1/agreements/{id}/documents", id)
                        .file(new MockMultipartFile("file", "signed.pdf", "application/pdf", WriteApiSupport.realPdf()))
                        .param("language", "en").with(EDITOR))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return json.readTree(body).get("id").asLong();
    }
}
