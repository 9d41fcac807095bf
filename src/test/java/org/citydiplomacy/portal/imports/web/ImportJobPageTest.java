package org.citydiplomacy.portal.imports.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import org.citydiplomacy.portal.accounts.AccountService;
import org.citydiplomacy.portal.accounts.StaffRole;
import org.citydiplomacy.portal.support.CreatedRecords;
import org.citydiplomacy.portal.support.PortalTest;
import org.citydiplomacy.portal.support.StaffAccounts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Issue 14: an import started on the page runs in the background; its page shows how far it is,
 * refreshing itself without JavaScript, then the report; a job whose instance went away says that
 * nothing was saved; only its owner and administrators see it.
 */
@PortalTest
class ImportJobPageTest {

    @Autowired
    AccountService accounts;

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    CreatedRecords created;
    String editor;

    @BeforeEach
    void noteRecords() {
        created = CreatedRecords.noteBefore(jdbc);
        editor = StaffAccounts.create(accounts, StaffRole.EDITOR);
    }

    @AfterEach
    void removeCreatedRecords() {
        created.remove();
    }

    @Test
    void postsTheFileThenShowsTheJobUntilItsReportIsThere() throws Exception {
        String title = "Statement on bridges " + UUID.randomUUID().toString().substring(0, 8);
        byte[] file = ("type,title,signed_on,partners\nJOINT_STATEMENT," + title + ",2026-02-05,paris\n")
                .getBytes(StandardCharsets.UTF_8);

        String location = mvc.perform(multipart("/staff/imports").file(new MockMultipartFile("file", "bridges.csv", "text/csv", file))
                        .param("dryRun", "false").with(user(editor).roles("EDITOR")).with(csrf()))
                .andExpect(status().isSeeOther()).andReturn().getResponse().getHeader(HttpHeaders.LOCATION);
        assertThat(location).matches("/staff/imports/[0-9a-f-]{36}");

        String page = untilDone(location, user(editor).roles("EDITOR"));
        assertThat(page).contains("Imported from “bridges.csv”: 1 created, 0 updated, 0 unchanged.")
                .contains("Report on “bridges.csv”").doesNotContain("<progress");
        assertThat(jdbc.sql("SELECT count(*) FROM agreement WHERE title = :t AND visibility = 'DRAFT'").param("t", title)
                .query(Long.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("""
                SELECT r.imported_from FROM agreement a JOIN agreement_aud x ON x.id = a.id JOIN audit_revision r ON r.id = x.rev
                 WHERE a.title = :t""").param("t", title).query(String.class).single()).isEqualTo("bridges.csv");
    }

    @Test
    void showsHowFarARunningJobIsAndRefreshesItself() throws Exception {
        UUID id = job(editor, "RUNNING", "clock_timestamp() + interval '1 minute'");

        String page = page("/staff/imports/" + id, user(editor).roles("EDITOR"));

        assertThat(page).contains("<meta http-equiv=\"refresh\" content=\"2\">")
                .contains("Importing: 250 of 1,000 rows done.").contains("aria-live=\"polite\"")
                .contains("<progress id=\"job-progress\" max=\"1000\" value=\"250\">");
    }

    @Test
    void aJobWhoseInstanceStoppedSaysThatNothingWasSaved() throws Exception {
        UUID id = job(editor, "RUNNING", "clock_timestamp() - interval '1 second'");

        String page = page("/staff/imports/" + id, user(editor).roles("EDITOR"));

        assertThat(page).contains("The import stopped before it was done").contains("Nothing was saved")
                .doesNotContain("http-equiv=\"refresh\"").doesNotContain("<progress");
    }

    @Test
    void showsAJobOnlyToWhoStartedItAndToAdministrators() throws Exception {
        UUID id = job(editor, "RUNNING", "clock_timestamp() + interval '1 minute'");
        String other = StaffAccounts.create(accounts, StaffRole.EDITOR);
        String admin = StaffAccounts.create(accounts, StaffRole.ADMIN);

        mvc.perform(get("/staff/imports/" + id).with(user(other).roles("EDITOR"))).andExpect(status().isNotFound());
        mvc.perform(get("/staff/imports/" + id).with(user(admin).roles("ADMIN"))).andExpect(status().isOk());
        mvc.perform(get("/staff/imports/" + UUID.randomUUID()).with(user(editor).roles("EDITOR")))
                .andExpect(status().isNotFound());
    }

    @Test
    void refusesAFileItCannotReadOnTheFormItself() throws Exception {
        String page = mvc.perform(multipart("/staff/imports")
                        .file(new MockMultipartFile("file", "typo.csv", "text/csv", "type,titel\nJOINT_STATEMENT,x\n".getBytes(StandardCharsets.UTF_8)))
                        .with(user(editor).roles("EDITOR")).with(csrf()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);

        assertThat(page).contains("titel").contains("aria-invalid=\"true\"");
    }

    private UUID job(String owner, String state, String leaseUntil) {
        UUID id = UUID.randomUUID();
        jdbc.sql("INSERT INTO import_job (id, owner, file_name, encoding, dry_run, language, content, state, rows_total,"
                        + " rows_done, lease_until) VALUES (:id, :owner, 'offices.csv', 'AUTO', false, 'en', NULL, :state, 1000,"
                        + " 250, " + leaseUntil + ")")
                .param("id", id).param("owner", owner).param("state", state).update();
        return id;
    }

    private String page(String path, RequestPostProcessor who) throws Exception {
        return mvc.perform(get(path).with(who)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    /** The job's page once it no longer refreshes itself: the background import has ended. */
    private String untilDone(String path, RequestPostProcessor who) throws Exception {
        for (int i = 0; i < 600; i++) {
            String page = page(path, who);
            if (!page.contains("http-equiv=\"refresh\"")) {
                return page;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("The import job at " + path + " did not end within a minute");
    }
}
