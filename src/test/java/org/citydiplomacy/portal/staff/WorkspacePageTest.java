package org.citydiplomacy.portal.staff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.UUID;

import org.citydiplomacy.portal.accounts.AccountService;
import org.citydiplomacy.portal.accounts.StaffRole;
import org.citydiplomacy.portal.support.CreatedRecords;
import org.citydiplomacy.portal.support.PortalTest;
import org.citydiplomacy.portal.support.StaffAccounts;
import org.citydiplomacy.portal.support.StatementCounter;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

@PortalTest
class WorkspacePageTest {

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

    private long agreement(String title, String visibility, LocalDate reviewOn) {
        return jdbc.sql("""
                INSERT INTO agreement (type, title, signed_on, signed_on_precision, visibility, review_on, created_by, updated_by)
                VALUES ('OTHER', ?, DATE '2025-06-01', 'DAY', ?, ?, 'test', 'someone') RETURNING id""")
                .params(title, visibility, reviewOn).query(Long.class).single();
    }

    @Test
    void showsDraftsRecentChangesAndComingReviewsInBothLanguages() throws Exception {
        String editor = StaffAccounts.create(accounts, StaffRole.EDITOR);
        String marker = UUID.randomUUID().toString().substring(0, 8);
        long draft = agreement("Draft " + marker, "DRAFT", null);
        long review = agreement("Review soon " + marker, "PUBLISHED", LocalDate.now().plusDays(20));

        mvc.perform(get("/staff").with(user(editor).roles("EDITOR")).header("Accept-Language", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("href=\"/staff/agreements/" + draft + "/edit\">Draft " + marker)))
                .andExpect(content().string(containsString("href=\"/staff/agreements/" + review + "/edit\">Review soon " + marker)))
                .andExpect(content().string(containsString("Reviews and expiries")));
        mvc.perform(get("/staff").with(user(editor).roles("EDITOR")).header("Accept-Language", "ja"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("下書き")))
                .andExpect(content().string(containsString("見直し")));
    }

    @Test
    void runsAFixedNumberOfStatementsWhateverTheData() throws Exception {
        String editor = StaffAccounts.create(accounts, StaffRole.EDITOR);
        StatementCounter.reset();
        mvc.perform(get("/staff").with(user(editor).roles("EDITOR"))).andExpect(status().isOk());
        int before = StatementCounter.count();
        for (int i = 0; i < 30; i++) {
            agreement("More " + i, i % 2 == 0 ? "DRAFT" : "PUBLISHED", LocalDate.now().plusDays(i));
        }
        StatementCounter.reset();
        mvc.perform(get("/staff").with(user(editor).roles("EDITOR"))).andExpect(status().isOk());
        assertThat(StatementCounter.count()).isEqualTo(before).isLessThanOrEqualTo(4);
    }
}
