package org.citydiplomacy.portal.agreements.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.citydiplomacy.portal.support.WriteApiSupport.EDITOR;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.citydiplomacy.portal.accounts.AccountService;
import org.citydiplomacy.portal.accounts.NewAccount;
import org.citydiplomacy.portal.accounts.StaffRole;
import org.citydiplomacy.portal.support.PortalTest;
import org.citydiplomacy.portal.support.StaffAccounts;
import org.citydiplomacy.portal.support.WriteApiSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * On the staff agreement page a signed document is downloaded, replaced by a new version, or withdrawn
 * with a reason: kept in storage and history, gone from the public, marked withdrawn for staff.
 */
@PortalTest
class DocumentWithdrawalTest {

    /** A real account: the workspace's pages end sessions of accounts that do not exist. */
    private static final String NAME = "document-editor";
    private static final RequestPostProcessor STAFF = user(NAME).roles("EDITOR");

    @Autowired
    MockMvc mvc;

    @Autowired
    JsonMapper json;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    AccountService accounts;

    WriteApiSupport api;

    @BeforeEach
    void setUp() {
        api = new WriteApiSupport(mvc, json, jdbc);
        if (!accounts.isActive(NAME)) {
            accounts.createIfAbsent(new NewAccount(NAME, "Document Editor", StaffRole.EDITOR, StaffAccounts.PASSWORD),
                    "test");
        }
    }

    @AfterEach
    void removeCreatedRecords() {
        api.removeCreatedRecords();
    }

    @Test
    void aWithdrawnDocumentIsKeptForStaffAndGoneForThePublic() throws Exception {
        long id = api.createAgreement(api.agreement("With a PDF", api.createPartner()));
        long document = attach(id, "signed.pdf");
        mvc.perform(get("/agreements/{id}/documents/{doc}", id, document)).andExpect(status().isOk());

        mvc.perform(post("/staff/agreements/{id}/documents/{doc}/withdraw", id, document)
                        .param("reason", "The wrong scan was attached.").with(STAFF).with(csrf()))
                .andExpect(redirectedUrl("/staff/agreements/" + id + "/edit"))
                .andExpect(flash().attribute("flash", "staff.documents.withdrawnFlash"));

        mvc.perform(get("/agreements/{id}/documents/{doc}", id, document)).andExpect(status().isGone());
        mvc.perform(get("/api/v1/agreements/{id}/documents/{doc}", id, document)).andExpect(status().isGone());
        assertThat(api.getJson("/api/v1/agreements/" + id, request -> request).get("documents")).isEmpty();
        String publicPage = mvc.perform(get("/agreements/{id}", id)).andReturn().getResponse().getContentAsString();
        assertThat(publicPage).doesNotContain("signed.pdf");

        mvc.perform(get("/agreements/{id}/documents/{doc}", id, document).with(STAFF)).andExpect(status().isOk());
        String staffPage = mvc.perform(get("/staff/agreements/{id}/edit", id).header("Accept-Language", "en")
                        .with(STAFF))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(staffPage).contains("signed.pdf", "Withdrawn")
                .contains("/agreements/" + id + "/documents/" + document);
        assertThat(jdbc.sql("SELECT octet_length(content) FROM agreement_document WHERE id = ?").param(document)
                .query(Integer.class).single()).isPositive();

        JsonNode history = api.getJson("/api/v1/agreements/" + id + "/history", EDITOR);
        assertThat(history.get(0).get("kind").asString()).isEqualTo("Document withdrawn");
        assertThat(history.get(0).get("changes").get(0).get("after").get(0).asString())
                .contains("signed.pdf", "Withdrawn", "The wrong scan was attached.");
    }

    @Test
    void aWithdrawalNeedsAReason() throws Exception {
        long id = api.createAgreement(api.agreement("With a PDF", api.createPartner()));
        long document = attach(id, "signed.pdf");

        mvc.perform(post("/staff/agreements/{id}/documents/{doc}/withdraw", id, document).param("reason", "  ")
                        .with(STAFF).with(csrf()))
                .andExpect(flash().attribute("refusal", "staff.documents.withdraw.reasonRequired"));

        mvc.perform(get("/agreements/{id}/documents/{doc}", id, document)).andExpect(status().isOk());
    }

    @Test
    void aNewVersionReplacesTheOldFileWhichStaysInTheHistory() throws Exception {
        long id = api.createAgreement(api.agreement("With a PDF", api.createPartner()));
        long old = attach(id, "draft-scan.pdf");

        mvc.perform(multipart("/staff/agreements/{id}/documents", id)
                        .file(new MockMultipartFile("file", "final.pdf", "application/pdf", WriteApiSupport.realPdf()))
                        .param("language", "en").param("replaces", Long.toString(old)).with(STAFF).with(csrf()))
                .andExpect(redirectedUrl("/staff/agreements/" + id + "/edit"))
                .andExpect(flash().attribute("flash", "staff.documents.replaced"));

        JsonNode documents = api.getJson("/api/v1/agreements/" + id, request -> request).get("documents");
        assertThat(documents.findValuesAsString("filename")).containsExactly("final.pdf");
        mvc.perform(get("/agreements/{id}/documents/{doc}", id, old)).andExpect(status().isGone());
        JsonNode history = api.getJson("/api/v1/agreements/" + id + "/history", EDITOR);
        assertThat(history.get(0).get("kind").asString()).isEqualTo("Document replaced");
        assertThat(history.get(0).get("changes").get(0).get("after").toString()).contains("draft-scan.pdf", "final.pdf");
    }

    @Test
    void theStaffPageShowsASmallFileInBytes() throws Exception {
        long id = api.createAgreement(api.agreement("With a PDF", api.createPartner()));
        attach(id, "small.pdf");
        long size = jdbc.sql("SELECT size_bytes FROM agreement_document WHERE agreement_id = ?").param(id)
                .query(Long.class).single();

        String staffPage = mvc.perform(get("/staff/agreements/{id}/edit", id).header("Accept-Language", "en")
                        .with(STAFF))
                .andReturn().getResponse().getContentAsString();

        String expected = size < 1024 ? size + " bytes" : String.format(java.util.Locale.ENGLISH, "%.1f KB", size / 1024.0);
        assertThat(staffPage).contains("(en, " + expected + ")").doesNotContain("0 KB)");
    }

    private long attach(long id, String filename) throws Exception {
        String body = mvc.perform(multipart("/api/v1/agreements/{id}/documents", id)
                        .file(new MockMultipartFile("file", filename, "application/pdf", WriteApiSupport.realPdf()))
                        .param("language", "en").with(EDITOR))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return json.readTree(body).get("id").asLong();
    }
}
