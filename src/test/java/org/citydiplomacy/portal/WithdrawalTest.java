package org.citydiplomacy.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.citydiplomacy.portal.support.WriteApiSupport.ADMIN;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
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
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import tools.jackson.databind.json.JsonMapper;

/** Issue 16, point 3: withdrawal confirmed with a reason, said on the record's form, restorable, and a 410 permalink. */
@PortalTest
class WithdrawalTest {

    static final String ADMIN_NAME = "withdrawing-admin";
    static final String EDITOR_NAME = "withdrawing-editor";
    static final RequestPostProcessor STAFF_ADMIN = user(ADMIN_NAME).roles("ADMIN");
    static final RequestPostProcessor STAFF_EDITOR = user(EDITOR_NAME).roles("EDITOR");

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
        if (!accounts.isActive(ADMIN_NAME)) {
            accounts.createIfAbsent(new NewAccount(ADMIN_NAME, "Withdrawing Admin", StaffRole.ADMIN, StaffAccounts.PASSWORD), "test");
        }
        if (!accounts.isActive(EDITOR_NAME)) {
            accounts.createIfAbsent(new NewAccount(EDITOR_NAME, "Withdrawing Editor", StaffRole.EDITOR, StaffAccounts.PASSWORD), "test");
        }
    }

    @AfterEach
    void removeCreatedRecords() {
        api.removeCreatedRecords();
    }

    @Test
    void withdrawingAnAgreementAsksForConfirmationAndAReasonThenItsPermalinkIsGone() throws Exception {
        long id = api.createAgreement(api.agreement(WriteApiSupport.unique("To withdraw"), api.createPartner()));

        mvc.perform(get("/staff/agreements/{id}/withdraw", id).with(STAFF_ADMIN).header("Accept-Language", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Withdraw this agreement from the public?")))
                .andExpect(content().string(containsString("name=\"reason\"")));
        mvc.perform(get("/staff/agreements/{id}/withdraw", id).with(STAFF_ADMIN).header("Accept-Language", "ja"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("この協定の公開を取り下げますか？")));
        mvc.perform(get("/staff/agreements/{id}/withdraw", id).with(STAFF_EDITOR)).andExpect(status().isForbidden());
        // The edit form links to the confirmation step; there is no one-click withdrawal button.
        mvc.perform(get("/staff/agreements/{id}/edit", id).with(STAFF_ADMIN))
                .andExpect(content().string(containsString("href=\"/staff/agreements/" + id + "/withdraw\"")));

        mvc.perform(post("/staff/agreements/{id}/withdraw", id).with(STAFF_ADMIN).with(csrf())
                        .param("reason", "Signed in error"))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("SELECT withdrawal_reason FROM agreement WHERE id = ?").param(id).query(String.class).single())
                .isEqualTo("Signed in error");
        assertThat(jdbc.sql("SELECT count(*) FROM agreement_aud WHERE id = ? AND withdrawal_reason = 'Signed in error'")
                .param(id).query(Long.class).single()).isOne();

        mvc.perform(get("/agreements/{id}", id).header("Accept-Language", "en"))
                .andExpect(status().isGone())
                .andExpect(content().string(containsString("This agreement was withdrawn")))
                .andExpect(content().string(containsString("It was withdrawn from publication on ")))
                .andExpect(content().string(containsString("Signed in error")))
                .andExpect(content().string(not(containsString("mistyped"))));
        mvc.perform(get("/agreements/{id}", id).header("Accept-Language", "ja"))
                .andExpect(status().isGone())
                .andExpect(content().string(containsString("この協定は取り下げられました")))
                .andExpect(content().string(containsString("に公開を取り下げました。")));
        mvc.perform(get("/api/v1/agreements/{id}", id))
                .andExpect(status().isGone())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.reason").value("Signed in error"))
                .andExpect(jsonPath("$.withdrawnAt").exists());

        // The form says it is withdrawn, keeps a sane choice (draft) and offers to restore it.
        mvc.perform(get("/staff/agreements/{id}/edit", id).with(STAFF_ADMIN).header("Accept-Language", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("This record is withdrawn")))
                .andExpect(content().string(containsString("Signed in error")))
                .andExpect(content().string(org.hamcrest.Matchers.matchesPattern(
                        "(?s).*<input type=\"radio\"[^>]*value=\"DRAFT\"[^>]*checked.*")))
                .andExpect(content().string(containsString("Restore as a draft")));
        mvc.perform(get("/staff/agreements/{id}/edit", id).with(STAFF_EDITOR).header("Accept-Language", "ja"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("この記録は取り下げ済みです")))
                .andExpect(content().string(not(containsString("下書きとして復元</button>"))));

        mvc.perform(post("/staff/agreements/{id}/restore", id).with(STAFF_EDITOR).with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(post("/staff/agreements/{id}/restore", id).with(STAFF_ADMIN).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("SELECT visibility FROM agreement WHERE id = ?").param(id).query(String.class).single())
                .isEqualTo("DRAFT");
        mvc.perform(get("/agreements/{id}", id)).andExpect(status().isNotFound());
    }

    @Test
    void withdrawnMeetingsAndPartnersAnswer410WithTheirReason() throws Exception {
        String slug = api.createPartner();
        long meeting = api.create("/api/v1/meetings", api.meeting("Meeting to withdraw", slug)).get("id").asLong();
        mvc.perform(api.postJson("/api/v1/meetings/" + meeting + "/withdrawal", Map.of("reason", "Duplicate record"))
                .with(ADMIN)).andExpect(status().isOk());
        mvc.perform(get("/meetings/{id}", meeting).header("Accept-Language", "en"))
                .andExpect(status().isGone())
                .andExpect(content().string(containsString("This meeting record was withdrawn")))
                .andExpect(content().string(containsString("Duplicate record")));
        mvc.perform(get("/api/v1/meetings/{id}", meeting)).andExpect(status().isGone());

        mvc.perform(post("/api/v1/partners/" + slug + "/withdrawal").with(ADMIN)).andExpect(status().isOk());
        mvc.perform(get("/partners/{slug}", slug).header("Accept-Language", "ja"))
                .andExpect(status().isGone())
                .andExpect(content().string(containsString("この相手は取り下げられました")));
        mvc.perform(get("/api/v1/partners/{slug}", slug))
                .andExpect(status().isGone())
                .andExpect(jsonPath("$.title").value("Withdrawn"));
        mvc.perform(get("/partners/{slug}", "no-such-partner")).andExpect(status().isNotFound());
    }
}
