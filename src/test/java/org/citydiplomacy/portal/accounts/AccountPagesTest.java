package org.citydiplomacy.portal.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.UUID;

import org.citydiplomacy.portal.support.PortalTest;
import org.citydiplomacy.portal.support.StaffAccounts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

@PortalTest
class AccountPagesTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    AccountService accounts;

    @Autowired
    AccessTokenService tokens;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PasswordEncoder encoder;

    private static RequestPostProcessor admin(String name) {
        return user(name).roles("ADMIN");
    }

    private String newName() {
        return "new-" + UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void createsAnAccountAndRedirectsWithAConfirmation() throws Exception {
        String admin = StaffAccounts.create(accounts, StaffRole.ADMIN);
        String name = newName();
        mvc.perform(post("/staff/accounts").with(admin(admin)).with(csrf())
                        .param("username", "  " + name.toUpperCase() + " ")
                        .param("displayName", "Hana Suzuki")
                        .param("role", "EDITOR")
                        .param("password", "twelve chars or more"))
                .andExpect(redirectedUrl("/staff/accounts/" + name))
                .andExpect(flash().attribute("flash", "staff.accounts.created.flash"));

        AccountSummary created = accounts.find(name);
        assertThat(created.displayName()).isEqualTo("Hana Suzuki");
        assertThat(created.role()).isEqualTo(StaffRole.EDITOR);
        assertThat(created.createdBy()).isEqualTo(admin);
        String hash = jdbc.sql("SELECT password_hash FROM account WHERE username = ?").param(name).query(String.class).single();
        assertThat(hash).startsWith("{bcrypt}").doesNotContain("twelve");
        assertThat(encoder.matches("twelve chars or more", hash)).isTrue();
    }

    @Test
    void showsEachProblemNextToItsFieldInTheReadersLanguage() throws Exception {
        String admin = StaffAccounts.create(accounts, StaffRole.ADMIN);
        mvc.perform(post("/staff/accounts").with(admin(admin)).with(csrf()).header("Accept-Language", "en")
                        .param("username", "x").param("displayName", "").param("role", "EDITOR").param("password", "short"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"username-error\"")))
                .andExpect(content().string(containsString("Use 2 to 64 letters")))
                .andExpect(content().string(containsString("id=\"displayName-error\"")))
                .andExpect(content().string(containsString("Use between 12 and 72 characters.")))
                .andExpect(content().string(containsString("aria-invalid=\"true\"")))
                // A password is never sent back.
                .andExpect(content().string(not(containsString("value=\"short\""))));
        mvc.perform(post("/staff/accounts").with(admin(admin)).with(csrf()).header("Accept-Language", "ja")
                        .param("username", "x").param("displayName", "").param("role", "EDITOR").param("password", "short"))
                .andExpect(content().string(containsString("12文字以上72文字以内で入力してください。")))
                .andExpect(content().string(containsString("入力してください。")));
        assertThat(jdbc.sql("SELECT count(*) FROM account WHERE username = 'x'").query(Long.class).single()).isZero();
    }

    @Test
    void refusesATakenUsernameOnTheForm() throws Exception {
        String admin = StaffAccounts.create(accounts, StaffRole.ADMIN);
        String existing = StaffAccounts.create(accounts, StaffRole.EDITOR);
        mvc.perform(post("/staff/accounts").with(admin(admin)).with(csrf()).header("Accept-Language", "en")
                        .param("username", existing).param("displayName", "Someone else").param("role", "ADMIN")
                        .param("password", "another long password"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("This username is already taken.")));
        assertThat(accounts.find(existing).role()).isEqualTo(StaffRole.EDITOR);
    }

    @Test
    void deactivatesAndReactivatesAnAccount() throws Exception {
        String admin = StaffAccounts.create(accounts, StaffRole.ADMIN);
        String editor = StaffAccounts.create(accounts, StaffRole.EDITOR);
        mvc.perform(post("/staff/accounts/{u}/deactivate", editor).with(admin(admin)).with(csrf()))
                .andExpect(redirectedUrl("/staff/accounts/" + editor))
                .andExpect(flash().attribute("flash", "staff.accounts.deactivated"));
        assertThat(accounts.find(editor).active()).isFalse();
        assertThat(accounts.find(editor).updatedBy()).isEqualTo(admin);

        mvc.perform(post("/staff/accounts/{u}/reactivate", editor).with(admin(admin)).with(csrf()))
                .andExpect(redirectedUrl("/staff/accounts/" + editor));
        assertThat(accounts.find(editor).active()).isTrue();
    }

    @Test
    void doesNotLetAnAdminDeactivateThemselves() throws Exception {
        String admin = StaffAccounts.create(accounts, StaffRole.ADMIN);
        mvc.perform(post("/staff/accounts/{u}/deactivate", admin).with(admin(admin)).with(csrf()))
                .andExpect(redirectedUrl("/staff/accounts/" + admin))
                .andExpect(flash().attribute("refusal", "staff.accounts.own"));
        assertThat(accounts.find(admin).active()).isTrue();
    }

    @Test
    void resetsAPassword() throws Exception {
        String admin = StaffAccounts.create(accounts, StaffRole.ADMIN);
        String editor = StaffAccounts.create(accounts, StaffRole.EDITOR);
        mvc.perform(post("/staff/accounts/{u}/password", editor).with(admin(admin)).with(csrf()).header("Accept-Language", "en")
                        .param("password", "a brand new password").param("confirmation", "a different password"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("The two passwords are not the same.")));
        mvc.perform(post("/staff/accounts/{u}/password", editor).with(admin(admin)).with(csrf())
                        .param("password", "a brand new password").param("confirmation", "a brand new password"))
                .andExpect(redirectedUrl("/staff/accounts/" + editor))
                .andExpect(flash().attribute("flash", "staff.accounts.passwordSet"));
        String hash = jdbc.sql("SELECT password_hash FROM account WHERE username = ?").param(editor).query(String.class).single();
        assertThat(encoder.matches("a brand new password", hash)).isTrue();
    }

    @Test
    void showsAnAccountWithItsTokensAndLetsAnAdminRevokeOne() throws Exception {
        String admin = StaffAccounts.create(accounts, StaffRole.ADMIN);
        String editor = StaffAccounts.create(accounts, StaffRole.EDITOR);
        tokens.issue(editor, "Nightly import", Duration.ofDays(7));
        long id = tokens.ofOwner(editor).get(0).id();

        mvc.perform(get("/staff/accounts/{u}", editor).with(admin(admin)).header("Accept-Language", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Nightly import")))
                .andExpect(content().string(containsString("/staff/accounts/" + editor + "/tokens/" + id + "/revoke")));
        mvc.perform(post("/staff/accounts/{u}/tokens/{id}/revoke", editor, id).with(admin(admin)).with(csrf()))
                .andExpect(redirectedUrl("/staff/accounts/" + editor));
        assertThat(tokens.ofOwner(editor).get(0).revokedBy()).isEqualTo(admin);
    }

    @Test
    void answers404ForAnUnknownAccount() throws Exception {
        String admin = StaffAccounts.create(accounts, StaffRole.ADMIN);
        mvc.perform(get("/staff/accounts/{u}", "nobody-here").with(admin(admin))).andExpect(status().isNotFound());
    }

    @Test
    void listsOwnTokensAndRevokesOnlyOwnOnes() throws Exception {
        String editor = StaffAccounts.create(accounts, StaffRole.EDITOR);
        String other = StaffAccounts.create(accounts, StaffRole.EDITOR);
        tokens.issue(editor, "My laptop", null);
        tokens.issue(other, "Not mine", null);
        long mine = tokens.ofOwner(editor).get(0).id();
        long theirs = tokens.ofOwner(other).get(0).id();

        mvc.perform(get("/staff/tokens").with(user(editor).roles("EDITOR")).header("Accept-Language", "ja"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("My laptop")))
                .andExpect(content().string(not(containsString("Not mine"))))
                .andExpect(content().string(containsString("アクセストークン")));
        mvc.perform(post("/staff/tokens/{id}/revoke", theirs).with(user(editor).roles("EDITOR")).with(csrf()))
                .andExpect(status().isNotFound());
        assertThat(tokens.ofOwner(other).get(0).revokedAt()).isNull();
        mvc.perform(post("/staff/tokens/{id}/revoke", mine).with(user(editor).roles("EDITOR")).with(csrf()))
                .andExpect(redirectedUrl("/staff/tokens"))
                .andExpect(flash().attribute("flash", "staff.tokens.revokedFlash"));
        assertThat(tokens.ofOwner(editor).get(0).revokedBy()).isEqualTo(editor);
    }

    @Test
    void issuesATokenOnThePageShownOnceAndNeverCached() throws Exception {
        String editor = StaffAccounts.create(accounts, StaffRole.EDITOR);
        String body = mvc.perform(post("/staff/tokens").with(user(editor).roles("EDITOR")).with(csrf())
                        .param("name", "Spreadsheet import").param("days", "7").header("Accept-Language", "en"))
                .andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.header()
                        .string("Cache-Control", containsString("no-store")))
                .andExpect(content().string(containsString("shown only this once")))
                .andReturn().getResponse().getContentAsString();
        java.util.regex.Matcher token = java.util.regex.Pattern.compile("value=\"(cdp_[A-Za-z0-9_-]{43})\"").matcher(body);
        assertThat(token.find()).isTrue();
        assertThat(tokens.authenticate(token.group(1))).get().extracting(b -> b.username()).isEqualTo(editor);
        assertThat(tokens.ofOwner(editor)).singleElement().satisfies(t -> {
            assertThat(t.name()).isEqualTo("Spreadsheet import");
            assertThat(t.expiresAt()).isBefore(java.time.Instant.now().plus(java.time.Duration.ofDays(8)));
        });
        // Listing the tokens afterwards never shows the value again.
        mvc.perform(get("/staff/tokens").with(user(editor).roles("EDITOR")))
                .andExpect(content().string(not(containsString(token.group(1)))));
    }
}
