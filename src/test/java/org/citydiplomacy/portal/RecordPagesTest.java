package org.citydiplomacy.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import org.citydiplomacy.portal.accounts.AccountService;
import org.citydiplomacy.portal.accounts.StaffRole;
import org.citydiplomacy.portal.support.Pdfs;
import org.citydiplomacy.portal.support.CreatedRecords;
import org.citydiplomacy.portal.support.PortalTest;
import org.citydiplomacy.portal.support.StaffAccounts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Partner and meeting forms, signed documents, history and withdrawal, through the real filter chain. */
@PortalTest
class RecordPagesTest {

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

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    AccountService accounts;

    RequestPostProcessor editor;
    RequestPostProcessor admin;
    String editorName;

    @BeforeEach
    void staff() {
        editorName = StaffAccounts.create(accounts, StaffRole.EDITOR);
        editor = user(editorName).roles("EDITOR");
        admin = user(StaffAccounts.create(accounts, StaffRole.ADMIN)).roles("ADMIN");
    }

    private String newPartner() throws Exception {
        String slug = "riverton-" + UUID.randomUUID().toString().substring(0, 6);
        mvc.perform(post("/staff/partners").with(editor).with(csrf())
                        .param("slug", slug).param("name", "Riverton").param("nameJa", "リバートン").param("kind", "CITY")
                        .param("country", "us").param("relationship", "FRIENDSHIP").param("relationshipSince", "1998-05")
                        .param("visibility", "PUBLISHED"))
                .andExpect(redirectedUrl("/staff/partners/" + slug + "/edit"))
                .andExpect(flash().attribute("flash", "staff.partner.created"));
        return slug;
    }

    private long newAgreement(String partner) {
        return jdbc.sql("""
                INSERT INTO agreement (type, title, signed_on, signed_on_precision, visibility, created_by, updated_by)
                VALUES ('OTHER', 'Agreement for documents', DATE '2026-03-01', 'DAY', 'DRAFT', 'test', 'test')
                RETURNING id""").query(Long.class).single();
    }

    @Test
    void addsAndEditsAPartner() throws Exception {
        String slug = newPartner();
        assertThat(jdbc.sql("SELECT relationship_since_precision FROM partner WHERE slug = ?").param(slug)
                .query(String.class).single()).isEqualTo("MONTH");
        long version = jdbc.sql("SELECT version FROM partner WHERE slug = ?").param(slug).query(Long.class).single();

        mvc.perform(get("/staff/partners/{slug}/edit", slug).with(editor).header("Accept-Language", "ja"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("提携先の編集")))
                .andExpect(content().string(containsString("value=\"リバートン\"")));
        mvc.perform(post("/staff/partners/{slug}", slug).with(editor).with(csrf())
                        .param("version", Long.toString(version)).param("slug", slug).param("name", "Riverton City")
                        .param("kind", "CITY").param("country", "US").param("relationship", "FRIENDSHIP")
                        .param("visibility", "PUBLISHED"))
                .andExpect(redirectedUrl("/staff/partners/" + slug + "/edit"));
        assertThat(jdbc.sql("SELECT name FROM partner WHERE slug = ?").param(slug).query(String.class).single())
                .isEqualTo("Riverton City");
    }

    @Test
    void refusesAPartnerWithProblemsBesideTheirFields() throws Exception {
        mvc.perform(post("/staff/partners").with(editor).with(csrf()).header("Accept-Language", "en")
                        .param("slug", "Not A Slug").param("name", "").param("kind", "CITY").param("country", "usa")
                        .param("relationship", "PARTNER").param("visibility", "DRAFT"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"slug-error\"")))
                .andExpect(content().string(containsString("id=\"name-error\"")))
                .andExpect(content().string(containsString("id=\"country-error\"")));
    }

    @Test
    void addsAMeetingWithItsParticipants() throws Exception {
        String partner = newPartner();
        String title = "Visit " + UUID.randomUUID();
        mvc.perform(post("/staff/meetings").with(editor).with(csrf())
                        .param("title", title).param("date", "2026-04-10").param("kind", "BILATERAL_VISIT")
                        .param("partners[0]", partner).param("partners[1]", "")
                        .param("participants[0].office", "Governor of Tokyo").param("participants[0].side", "CITY")
                        .param("participants[1].name", "")
                        .param("visibility", "DRAFT"))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("flash", "staff.meeting.created"));
        long id = jdbc.sql("SELECT id FROM meeting WHERE title = ?").param(title).query(Long.class).single();
        assertThat(jdbc.sql("SELECT count(*) FROM meeting_participant WHERE meeting_id = ?").param(id)
                .query(Long.class).single()).isOne();
        mvc.perform(get("/staff/meetings/{id}/edit", id).with(editor)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Governor of Tokyo")));
    }

    @Test
    void attachesARealPdfAndRefusesAFakeOne() throws Exception {
        long id = newAgreement(newPartner());
        mvc.perform(get("/staff/agreements/{id}/documents/new", id).with(editor).header("Accept-Language", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("A PDF of at most 10 MB")));

        mvc.perform(multipart("/staff/agreements/{id}/documents", id)
                        .file(new MockMultipartFile("file", "notes.pdf", "application/pdf", "just text".getBytes()))
                        .param("language", "en").with(editor).with(csrf()).header("Accept-Language", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"file-error\"")))
                .andExpect(content().string(containsString("This file is not a PDF document.")));
        assertThat(jdbc.sql("SELECT count(*) FROM agreement_document WHERE agreement_id = ?").param(id).query(Long.class).single()).isZero();

        mvc.perform(multipart("/staff/agreements/{id}/documents", id)
                        .file(new MockMultipartFile("file", "signed.pdf", "application/pdf", Pdfs.onePage()))
                        .param("language", "ja").with(editor).with(csrf()))
                .andExpect(redirectedUrl("/staff/agreements/" + id + "/edit"))
                .andExpect(flash().attribute("flash", "staff.documents.attached"));
        assertThat(jdbc.sql("SELECT language FROM agreement_document WHERE agreement_id = ?").param(id).query(String.class).single())
                .isEqualTo("ja");
    }

    @Test
    void refusesAnUploadWithoutCsrf() throws Exception {
        long id = newAgreement(newPartner());
        mvc.perform(multipart("/staff/agreements/{id}/documents", id)
                        .file(new MockMultipartFile("file", "signed.pdf", "application/pdf", Pdfs.onePage()))
                        .param("language", "en").with(editor))
                .andExpect(status().isForbidden());
    }

    @Test
    void showsTheHistoryOfARecordWithWhoAndWhat() throws Exception {
        String slug = newPartner();
        long version = jdbc.sql("SELECT version FROM partner WHERE slug = ?").param(slug).query(Long.class).single();
        mvc.perform(post("/staff/partners/{slug}", slug).with(editor).with(csrf())
                .param("version", Long.toString(version)).param("slug", slug).param("name", "Riverton Renamed")
                .param("kind", "CITY").param("country", "US").param("relationship", "FRIENDSHIP")
                .param("visibility", "PUBLISHED"));
        mvc.perform(get("/staff/partners/{slug}/history", slug).with(editor).header("Accept-Language", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Riverton Renamed")))
                .andExpect(content().string(containsString(editorName)))
                .andExpect(content().string(containsString("Created")));
    }

    @Test
    void letsOnlyAdminsWithdraw() throws Exception {
        String slug = newPartner();
        mvc.perform(post("/staff/partners/{slug}/withdraw", slug).with(editor).with(csrf()))
                .andExpect(status().isForbidden());
        assertThat(jdbc.sql("SELECT visibility FROM partner WHERE slug = ?").param(slug).query(String.class).single())
                .isEqualTo("PUBLISHED");
        mvc.perform(post("/staff/partners/{slug}/withdraw", slug).with(admin).with(csrf()))
                .andExpect(redirectedUrl("/staff/partners/" + slug + "/edit"));
        assertThat(jdbc.sql("SELECT visibility FROM partner WHERE slug = ?").param(slug).query(String.class).single())
                .isEqualTo("WITHDRAWN");
    }
}
