package org.citydiplomacy.portal.agreements.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import org.citydiplomacy.portal.accounts.AccountService;
import org.citydiplomacy.portal.accounts.NewAccount;
import org.citydiplomacy.portal.accounts.StaffRole;
import org.citydiplomacy.portal.support.CreatedRecords;
import org.citydiplomacy.portal.support.PortalTest;
import org.citydiplomacy.portal.support.StaffAccounts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

@PortalTest
class AgreementFormTest {

    @Autowired
    JdbcClient createdRecordsJdbc;

    private CreatedRecords created;

    @org.junit.jupiter.api.BeforeEach
    void noteRecordsBefore() {
        created = CreatedRecords.noteBefore(createdRecordsJdbc);
    }

    @org.junit.jupiter.api.AfterEach
    void removeCreatedRecords() {
        created.remove();
    }

    /** A real account: the workspace ends sessions of accounts that do not exist or are deactivated. */
    private static final String EDITOR_NAME = "form-editor";
    private static final RequestPostProcessor EDITOR = user(EDITOR_NAME).roles("EDITOR");

    @Autowired
    AccountService accounts;

    @BeforeEach
    void editorAccount() {
        if (!accounts.isActive(EDITOR_NAME)) {
            accounts.createIfAbsent(new NewAccount(EDITOR_NAME, "Form Editor", StaffRole.EDITOR, StaffAccounts.PASSWORD), "test");
        }
    }

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    private MockHttpServletRequestBuilder filled(String title, String partner) {
        return post("/staff/agreements").with(EDITOR).with(csrf())
                .param("type", "MEMORANDUM_OF_UNDERSTANDING")
                .param("title", title)
                .param("signedOn", "2026-02-05")
                .param("partners[0]", partner)
                .param("partners[1]", "")
                .param("signatories[0].name", "Koike Yuriko")
                .param("signatories[0].office", "Governor of Tokyo")
                .param("signatories[0].side", "CITY")
                .param("signatories[1].name", "")
                .param("areas", "CULTURE", "ENVIRONMENT")
                .param("status", "IN_FORCE")
                .param("relations[0].agreementId", "")
                .param("texts[0].language", "en")
                .param("texts[0].body", "The parties agree to cooperate.")
                .param("texts[1].language", "ja")
                .param("texts[1].body", "")
                .param("visibility", "DRAFT");
    }

    private String anyPartner() {
        return jdbc.sql("SELECT slug FROM partner WHERE visibility = 'PUBLISHED' ORDER BY id LIMIT 1").query(String.class).single();
    }

    @Test
    void showsTheNewAgreementFormInBothLanguages() throws Exception {
        mvc.perform(get("/staff/agreements/new").with(EDITOR).header("Accept-Language", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("New agreement")))
                .andExpect(content().string(containsString("name=\"signatories[1].name\"")) )
                .andExpect(content().string(containsString("value=\"add-signatories\"")));
        mvc.perform(get("/staff/agreements/new").with(EDITOR).header("Accept-Language", "ja"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("協定の新規登録")));
    }

    @Test
    void offersEachVisibilityOnceWhateverTheFragmentsTheFormIsBuiltFrom() throws Exception {
        String html = mvc.perform(get("/staff/agreements/new").with(EDITOR)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(html.split("name=\"visibility\"", -1).length - 1).as("visibility choices (draft, published)")
                .isEqualTo(2);
    }

    @Test
    void savesAWholeAgreementAndRedirectsToItsEditPage() throws Exception {
        String title = "Memorandum " + UUID.randomUUID();
        MvcResult result = mvc.perform(filled(title, anyPartner()))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("flash", "staff.agreement.created"))
                .andReturn();
        long id = jdbc.sql("SELECT id FROM agreement WHERE title = ?").param(title).query(Long.class).single();
        assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/staff/agreements/" + id + "/edit");
        assertThat(jdbc.sql("SELECT count(*) FROM agreement_signatory WHERE agreement_id = ?").param(id).query(Long.class).single()).isOne();
        assertThat(jdbc.sql("SELECT count(*) FROM agreement_text WHERE agreement_id = ?").param(id).query(Long.class).single()).isOne();
        assertThat(jdbc.sql("SELECT count(*) FROM agreement_area WHERE agreement_id = ?").param(id).query(Long.class).single()).isEqualTo(2);
        assertThat(jdbc.sql("SELECT updated_by FROM agreement WHERE id = ?").param(id).query(String.class).single()).isEqualTo("form-editor");

        mvc.perform(get("/staff/agreements/{id}/edit", id).with(EDITOR).header("Accept-Language", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("value=\"" + title + "\"")))
                .andExpect(content().string(containsString("Koike Yuriko")));
    }

    @Test
    void showsProblemsNextToTheirFieldsAndSavesNothing() throws Exception {
        String title = "Broken " + UUID.randomUUID();
        mvc.perform(filled(title, "no-such-partner").param("signedOn", "2026-13").param("texts[1].body", "本文")
                        .param("texts[1].language", "en").header("Accept-Language", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"signedOn-error\"")))
                .andExpect(content().string(containsString("Use YYYY, YYYY-MM or YYYY-MM-DD")))
                .andExpect(content().string(containsString("href=\"#signedOn\"")));
        assertThat(jdbc.sql("SELECT count(*) FROM agreement WHERE title = ?").param(title).query(Long.class).single()).isZero();

        mvc.perform(filled(title, "no-such-partner").header("Accept-Language", "ja"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("no-such-partner")));
        assertThat(jdbc.sql("SELECT count(*) FROM agreement WHERE title = ?").param(title).query(Long.class).single()).isZero();
    }

    @Test
    void addsABlankRowWithoutSavingAnything() throws Exception {
        String title = "Rows " + UUID.randomUUID();
        mvc.perform(filled(title, anyPartner()).param("action", "add-signatories"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("name=\"signatories[3].name\"")))
                .andExpect(content().string(containsString("value=\"" + title + "\"")));
        assertThat(jdbc.sql("SELECT count(*) FROM agreement WHERE title = ?").param(title).query(Long.class).single()).isZero();
    }

    @Test
    void createsANewPartnerWithoutLeavingTheForm() throws Exception {
        String title = "With a new partner " + UUID.randomUUID();
        String slug = "newtown-" + UUID.randomUUID().toString().substring(0, 6);
        mvc.perform(filled(title, "").param("action", "create-partner")
                        .param("newPartner.name", "Newtown").param("newPartner.slug", slug).param("newPartner.country", "fr")
                        .param("newPartner.kind", "CITY").param("newPartner.relationship", "PARTNER")
                        .param("newPartner.visibility", "PUBLISHED").header("Accept-Language", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("The partner Newtown has been created")))
                .andExpect(content().string(containsString("<option value=\"" + slug + "\" selected=\"selected\">")))
                .andExpect(content().string(containsString("value=\"" + title + "\"")));
        assertThat(jdbc.sql("SELECT country FROM partner WHERE slug = ?").param(slug).query(String.class).single()).isEqualTo("FR");
        assertThat(jdbc.sql("SELECT count(*) FROM agreement WHERE title = ?").param(title).query(Long.class).single()).isZero();
    }

    @Test
    void refusesAStaleEditAndShowsWhatChangedMeanwhile() throws Exception {
        String title = "Stale " + UUID.randomUUID();
        String partner = anyPartner();
        mvc.perform(filled(title, partner)).andExpect(status().is3xxRedirection());
        long id = jdbc.sql("SELECT id FROM agreement WHERE title = ?").param(title).query(Long.class).single();
        long version = jdbc.sql("SELECT version FROM agreement WHERE id = ?").param(id).query(Long.class).single();

        // Someone else saves first.
        mvc.perform(filled(title + " (theirs)", partner).with(request -> {
                    request.setRequestURI("/staff/agreements/" + id);
                    return request;
                }).param("version", Long.toString(version)))
                .andExpect(status().is3xxRedirection());

        mvc.perform(filled(title + " (mine)", partner).with(request -> {
                    request.setRequestURI("/staff/agreements/" + id);
                    return request;
                }).param("version", Long.toString(version)).header("Accept-Language", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Someone else saved this record")))
                .andExpect(content().string(containsString(title + " (theirs)")))
                .andExpect(content().string(containsString("value=\"" + title + " (mine)\"")));
        assertThat(jdbc.sql("SELECT title FROM agreement WHERE id = ?").param(id).query(String.class).single())
                .isEqualTo(title + " (theirs)");
    }
}
