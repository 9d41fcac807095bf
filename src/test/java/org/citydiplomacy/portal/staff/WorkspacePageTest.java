package org.citydiplomacy.portal.staff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.UUID;

import org.citydiplomacy.portal.accounts.AccountService;
import org.citydiplomacy.portal.accounts.StaffRole;
import org.citydiplomacy.portal.shared.Office;
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

    private String partner(String slug, String nameJa, LocalDate since, String precision) {
        jdbc.sql("""
                INSERT INTO partner (slug, name, name_ja, kind, country, relationship, relationship_since,
                                     relationship_since_precision, visibility, created_by, updated_by)
                VALUES (?, ?, ?, 'CITY', 'FR', 'FRIENDSHIP', ?, ?, 'PUBLISHED', 'test', 'test')""")
                .params(slug, "City " + slug, nameJa, since, precision).update();
        return slug;
    }

    @Test
    void showsWhatComesUpNextAndDormantPartnersInBothLanguages() throws Exception {
        String editor = StaffAccounts.create(accounts, StaffRole.EDITOR);
        String marker = UUID.randomUUID().toString().substring(0, 8);
        LocalDate today = Office.today();
        LocalDate fifth = today.plusDays(20);
        String byDay = partner("by-day-" + marker, "日付市" + marker, fifth.minusYears(5), "DAY");
        // Known only to the year: its tenth anniversary is this year, and no day is invented for it.
        String byYear = partner("by-year-" + marker, null, LocalDate.of(today.getYear() - 10, 1, 1), "YEAR");

        mvc.perform(get("/staff").with(user(editor).roles("EDITOR")).header("Accept-Language", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("What comes up next")))
                .andExpect(content().string(containsString("5th anniversary of the relationship")))
                .andExpect(content().string(containsString(">" + fifth.format(DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH)) + "</time>")))
                .andExpect(content().string(containsString("href=\"/staff/partners/" + byDay + "/edit\">City " + byDay + "</a>")))
                .andExpect(content().string(containsString("10th anniversary of the relationship")))
                .andExpect(content().string(containsString("datetime=\"" + today.getYear() + "\">in " + today.getYear() + "</time>")))
                .andExpect(content().string(containsString("href=\"/staff/partners/" + byYear + "/edit\">City " + byYear + "</a>")))
                .andExpect(content().string(containsString("Dormant partners")))
                .andExpect(content().string(containsString("no agreement or meeting recorded")));
        mvc.perform(get("/staff").with(user(editor).roles("EDITOR")).header("Accept-Language", "ja"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("今後の予定")))
                .andExpect(content().string(containsString("提携5周年")))
                .andExpect(content().string(containsString(">" + fifth.getYear() + "年" + fifth.getMonthValue() + "月" + fifth.getDayOfMonth() + "日</time>")))
                .andExpect(content().string(containsString(">日付市" + marker + "</a>")))
                .andExpect(content().string(containsString(">" + today.getYear() + "年中</time>")))
                // No Japanese name: the English one, marked as English.
                .andExpect(content().string(containsString("lang=\"en\">City " + byYear + "</a>")))
                .andExpect(content().string(containsString("交流が途絶えている提携先")))
                .andExpect(content().string(containsString("協定・会談の記録なし")));
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
                .andExpect(content().string(containsString("What comes up next")));
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
        String marker = UUID.randomUUID().toString().substring(0, 8);
        for (int i = 0; i < 30; i++) {
            agreement("More " + i, i % 2 == 0 ? "DRAFT" : "PUBLISHED", LocalDate.now().plusDays(i));
            partner("more-" + i + "-" + marker, null, LocalDate.now().minusYears(5).plusDays(i), "DAY");
        }
        StatementCounter.reset();
        mvc.perform(get("/staff").with(user(editor).roles("EDITOR"))).andExpect(status().isOk());
        // Drafts, latest changes, what comes up next, the partners' latest contacts, and the account check.
        assertThat(StatementCounter.count()).isEqualTo(before).isLessThanOrEqualTo(5);
    }
}
