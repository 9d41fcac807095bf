package org.citydiplomacy.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.citydiplomacy.portal.support.WriteApiSupport.EDITOR;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Map;

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
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import tools.jackson.databind.json.JsonMapper;

/** Issue 16, point 1: never a public record with a hidden part (a draft partner, an unpublished agreement). */
@PortalTest
class PublishingSafetyTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JsonMapper json;

    @Autowired
    JdbcClient jdbc;

    WriteApiSupport api;

    @Autowired
    AccountService accounts;

    /** A real account: the staff pages end sessions of accounts that do not exist. */
    static final String FORM_EDITOR = "publishing-editor";
    static final RequestPostProcessor STAFF = user(FORM_EDITOR).roles("EDITOR");

    @BeforeEach
    void setUp() {
        api = new WriteApiSupport(mvc, json, jdbc);
        if (!accounts.isActive(FORM_EDITOR)) {
            accounts.createIfAbsent(new NewAccount(FORM_EDITOR, "Publishing Editor", StaffRole.EDITOR,
                    StaffAccounts.PASSWORD), "test");
        }
    }

    @AfterEach
    void removeCreatedRecords() {
        api.removeCreatedRecords();
    }

    private String draftPartner(String name, String nameJa) throws Exception {
        String slug = WriteApiSupport.unique("draftville");
        Map<String, Object> partner = api.partner(slug);
        partner.put("name", name);
        partner.put("nameJa", nameJa);
        partner.put("visibility", "DRAFT");
        api.create("/api/v1/partners", partner);
        return slug;
    }

    private String visibility(String slug) {
        return jdbc.sql("SELECT visibility FROM partner WHERE slug = ?").param(slug).query(String.class).single();
    }

    private MockHttpServletRequestBuilder form(String title, String partner) {
        return form(title, partner, "PUBLISHED");
    }

    private MockHttpServletRequestBuilder form(String title, String partner, String visibility) {
        return post("/staff/agreements").with(STAFF).with(csrf())
                .param("type", "MEMORANDUM_OF_UNDERSTANDING").param("title", title).param("signedOn", "2026-02-05")
                .param("partners[0]", partner).param("status", "IN_FORCE").param("visibility", visibility);
    }

    @Test
    void seedHasNoPublishedRecordThatRefersToADraft() {
        long hidden = jdbc.sql("""
                SELECT count(*) FROM (
                  SELECT a.id FROM agreement a JOIN agreement_partner ap ON ap.agreement_id = a.id
                    JOIN partner p ON p.id = ap.partner_id WHERE a.visibility = 'PUBLISHED' AND p.visibility <> 'PUBLISHED'
                  UNION ALL
                  SELECT a.id FROM agreement a JOIN agreement_signatory s ON s.agreement_id = a.id
                    JOIN partner p ON p.id = s.partner_id WHERE a.visibility = 'PUBLISHED' AND p.visibility <> 'PUBLISHED'
                  UNION ALL
                  SELECT a.id FROM agreement a JOIN agreement_relation r ON r.agreement_id = a.id
                    JOIN agreement b ON b.id = r.related_id WHERE a.visibility = 'PUBLISHED' AND b.visibility <> 'PUBLISHED'
                  UNION ALL
                  SELECT m.id FROM meeting m JOIN meeting_partner mp ON mp.meeting_id = m.id
                    JOIN partner p ON p.id = mp.partner_id WHERE m.visibility = 'PUBLISHED' AND p.visibility <> 'PUBLISHED'
                  UNION ALL
                  SELECT m.id FROM meeting m JOIN meeting_participant pp ON pp.meeting_id = m.id
                    JOIN partner p ON p.id = pp.partner_id WHERE m.visibility = 'PUBLISHED' AND p.visibility <> 'PUBLISHED'
                  UNION ALL
                  SELECT m.id FROM meeting m JOIN meeting_agreement ma ON ma.meeting_id = m.id
                    JOIN agreement a ON a.id = ma.agreement_id WHERE m.visibility = 'PUBLISHED' AND a.visibility <> 'PUBLISHED'
                ) hidden_parts""").query(Long.class).single();
        assertThat(hidden).isZero();
    }

    @Test
    void formRefusesToPublishWithADraftPartnerNamingItAndOffersToPublishIt() throws Exception {
        String slug = draftPartner("Nairobi Test", "ナイロビ試験");
        String title = WriteApiSupport.unique("Refused");
        mvc.perform(form(title, slug).header("Accept-Language", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("the partner(s) Nairobi Test are drafts")))
                .andExpect(content().string(containsString("name=\"publishDraftPartners\"")))
                .andExpect(content().string(containsString("Also publish Nairobi Test")));
        mvc.perform(form(title, slug).header("Accept-Language", "ja"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("相手 ナイロビ試験 は下書き")))
                .andExpect(content().string(containsString("ナイロビ試験（下書きの相手）も公開する")));
        assertThat(jdbc.sql("SELECT count(*) FROM agreement WHERE title = ?").param(title).query(Long.class).single()).isZero();
        assertThat(visibility(slug)).isEqualTo("DRAFT");
    }

    @Test
    void formPublishesTheDraftPartnerWithTheAgreementWhenTicked() throws Exception {
        String slug = draftPartner("Mombasa Test", null);
        String title = WriteApiSupport.unique("Published with partner");
        mvc.perform(form(title, slug).param("publishDraftPartners", "true"))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("SELECT visibility FROM agreement WHERE title = ?").param(title).query(String.class).single())
                .isEqualTo("PUBLISHED");
        assertThat(visibility(slug)).isEqualTo("PUBLISHED");
        // The partner's history says who published it, in the same revision as the agreement.
        assertThat(jdbc.sql("""
                SELECT r.username FROM partner_aud pa JOIN audit_revision r ON r.id = pa.rev
                JOIN partner p ON p.id = pa.id WHERE p.slug = ? AND pa.visibility = 'PUBLISHED'""")
                .param(slug).query(String.class).single()).isEqualTo(FORM_EDITOR);
        assertThat(jdbc.sql("""
                SELECT count(*) FROM agreement_aud aa JOIN agreement a ON a.id = aa.id
                WHERE a.title = ? AND aa.rev = (SELECT pa.rev FROM partner_aud pa JOIN partner p ON p.id = pa.id
                  WHERE p.slug = ? AND pa.visibility = 'PUBLISHED')""")
                .param(title).param(slug).query(Long.class).single()).isOne();
    }

    @Test
    void draftAgreementWithADraftPartnerIsSavedAsItIs() throws Exception {
        String slug = draftPartner("Kisumu Test", null);
        String title = WriteApiSupport.unique("Draft");
        mvc.perform(form(title, slug, "DRAFT")).andExpect(status().is3xxRedirection());
        assertThat(visibility(slug)).isEqualTo("DRAFT");
    }

    @Test
    void apiAnswers409NamingTheDraftPartnersAndPublishesThemWhenAsked() throws Exception {
        String slug = draftPartner("Eldoret Test", "エルドレット試験");
        Map<String, Object> body = api.agreement(WriteApiSupport.unique("Api refused"), slug);
        mvc.perform(api.postJson("/api/v1/agreements", body).with(EDITOR))
                .andExpect(status().isConflict())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.draftPartners[0].slug").value(slug))
                .andExpect(jsonPath("$.draftPartners[0].name").value("Eldoret Test"))
                .andExpect(jsonPath("$.detail", containsString("publishDraftPartners=true")))
                .andExpect(jsonPath("$.errors[0].field").value("visibility"))
                .andExpect(jsonPath("$.errors[0].message", containsString("Eldoret Test")));
        assertThat(visibility(slug)).isEqualTo("DRAFT");

        mvc.perform(api.postJson("/api/v1/agreements", body).param("publishDraftPartners", "true").with(EDITOR))
                .andExpect(status().isCreated());
        assertThat(visibility(slug)).isEqualTo("PUBLISHED");
    }

    @Test
    void meetingIsNotPublishedWithADraftPartnerOrADraftAgreement() throws Exception {
        String slug = draftPartner("Nakuru Test", null);
        mvc.perform(api.postJson("/api/v1/meetings", api.meeting("Meeting in Nakuru", slug)).with(EDITOR))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.draftPartners[0].slug").value(slug));

        Map<String, Object> draftAgreement = api.agreement(WriteApiSupport.unique("Draft agreement"), api.createPartner());
        draftAgreement.put("visibility", "DRAFT");
        long agreementId = api.createAgreement(draftAgreement);
        Map<String, Object> meeting = api.meeting("Meeting about a draft", api.createPartner());
        meeting.put("agreements", java.util.List.of(agreementId));
        mvc.perform(api.postJson("/api/v1/meetings", meeting).param("publishDraftPartners", "true").with(EDITOR))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.errors[0].field").value("agreements[0]"))
                .andExpect(jsonPath("$.errors[0].message", containsString("is not published")));
    }

    @Test
    void agreementIsNotPublishedWithADraftRelatedAgreement() throws Exception {
        Map<String, Object> draft = api.agreement(WriteApiSupport.unique("Draft original"), api.createPartner());
        draft.put("visibility", "DRAFT");
        long draftId = api.createAgreement(draft);
        Map<String, Object> renewal = api.agreement(WriteApiSupport.unique("Renewal"), api.createPartner());
        renewal.put("relations", java.util.List.of(Map.of("kind", "RENEWS", "agreementId", draftId)));
        mvc.perform(api.postJson("/api/v1/agreements", renewal).with(EDITOR))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.errors[0].field").value("relations[0].agreementId"));
    }
}
