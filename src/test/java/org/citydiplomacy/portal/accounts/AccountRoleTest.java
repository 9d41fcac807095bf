package org.citydiplomacy.portal.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import org.citydiplomacy.portal.support.PortalTest;
import org.citydiplomacy.portal.support.StaffAccounts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** An administrator changes another account's role, recorded; nobody demotes the last administrator or themselves. */
@PortalTest
class AccountRoleTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    AccountService accounts;

    @Autowired
    JdbcClient jdbc;

    @Test
    void anAdministratorPromotesAnEditorAndTheChangeIsRecorded() throws Exception {
        String admin = StaffAccounts.create(accounts, StaffRole.ADMIN);
        String editor = StaffAccounts.create(accounts, StaffRole.EDITOR);

        mvc.perform(post("/staff/accounts/" + editor + "/role").param("role", "ADMIN")
                        .with(user(admin).roles("ADMIN")).with(csrf()))
                .andExpect(redirectedUrl("/staff/accounts/" + editor))
                .andExpect(flash().attribute("flash", "staff.accounts.role.changed"));

        assertThat(accounts.find(editor).role()).isEqualTo(StaffRole.ADMIN);
        assertThat(accounts.find(editor).updatedBy()).isEqualTo(admin);
        assertThat(accounts.roleChanges(editor)).singleElement().satisfies(c -> {
            assertThat(c.from()).isEqualTo(StaffRole.EDITOR);
            assertThat(c.to()).isEqualTo(StaffRole.ADMIN);
            assertThat(c.by()).isEqualTo(admin);
        });
        mvc.perform(get("/staff/accounts/" + editor).header("Accept-Language", "ja").with(user(admin).roles("ADMIN")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("役割の変更")))
                .andExpect(content().string(containsString("<td>" + admin + "</td>")));
    }

    @Test
    void nobodyChangesTheirOwnRole() throws Exception {
        String admin = StaffAccounts.create(accounts, StaffRole.ADMIN);

        mvc.perform(post("/staff/accounts/" + admin + "/role").param("role", "EDITOR")
                        .with(user(admin).roles("ADMIN")).with(csrf()))
                .andExpect(redirectedUrl("/staff/accounts/" + admin))
                .andExpect(flash().attribute("refusal", "staff.accounts.role.own"));

        assertThat(accounts.find(admin).role()).isEqualTo(StaffRole.ADMIN);
        assertThat(accounts.roleChanges(admin)).isEmpty();
    }

    @Test
    void theLastActiveAdministratorIsNotDemoted() {
        String last = StaffAccounts.create(accounts, StaffRole.ADMIN);
        // Every other administrator of this test run deactivated for the moment, and put back afterwards.
        List<String> others = jdbc.sql("SELECT username FROM account WHERE role = 'ADMIN' AND active AND username <> ?")
                .param(last).query(String.class).list();
        setActive(others, false);
        try {
            assertThatThrownBy(() -> accounts.changeRole(last, StaffRole.EDITOR, "someone-else"))
                    .isInstanceOfSatisfying(AccountChangeRefusedException.class,
                            ex -> assertThat(ex.messageCode()).isEqualTo("staff.accounts.role.lastAdmin"));
        }
        finally {
            setActive(others, true);
        }
        assertThat(accounts.find(last).role()).isEqualTo(StaffRole.ADMIN);
        // With another active administrator, the same change is allowed.
        StaffAccounts.create(accounts, StaffRole.ADMIN);
        accounts.changeRole(last, StaffRole.EDITOR, "someone-else");
        assertThat(accounts.find(last).role()).isEqualTo(StaffRole.EDITOR);
    }

    @Test
    void anEditorMayNotChangeRoles() throws Exception {
        String editor = StaffAccounts.create(accounts, StaffRole.EDITOR);
        String other = StaffAccounts.create(accounts, StaffRole.EDITOR);

        mvc.perform(post("/staff/accounts/" + other + "/role").param("role", "ADMIN")
                        .with(user(editor).roles("EDITOR")).with(csrf()))
                .andExpect(status().isForbidden());
        assertThat(accounts.find(other).role()).isEqualTo(StaffRole.EDITOR);
    }

    private void setActive(List<String> usernames, boolean active) {
        if (!usernames.isEmpty()) {
            jdbc.sql("UPDATE account SET active = :active WHERE username IN (:names)").param("active", active)
                    .param("names", usernames).update();
        }
    }
}
