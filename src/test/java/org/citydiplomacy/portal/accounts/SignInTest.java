package org.citydiplomacy.portal.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;

import org.citydiplomacy.portal.support.PortalTest;
import org.citydiplomacy.portal.support.StaffAccounts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

@PortalTest
class SignInTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    AccountService accounts;

    @Autowired
    JdbcClient jdbc;

    private MockHttpServletRequestBuilder signIn(String username, String password, String address) {
        return post("/login").param("username", username).param("password", password).with(csrf())
                .with(request -> {
                    request.setRemoteAddr(address);
                    return request;
                });
    }

    @Test
    void showsTheSignInFormInBothLanguages() throws Exception {
        mvc.perform(get("/login").header("Accept-Language", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("<label class=\"field__label\" for=\"username\">Username</label>")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("name=\"_csrf\"")));
        mvc.perform(get("/login").header("Accept-Language", "ja"))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("lang=\"ja\"")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("ユーザー名")));
    }

    @Test
    void signsInWithTheFormUnderANewSessionId() throws Exception {
        String editor = StaffAccounts.create(accounts, StaffRole.EDITOR);
        // Sessions live in PostgreSQL (Spring Session): the browser holds only the SESSION cookie.
        Cookie before = mvc.perform(get("/login")).andReturn().getResponse().getCookie("SESSION");
        assertThat(before).isNotNull();

        MvcResult result = mvc.perform(signIn(editor, StaffAccounts.PASSWORD, StaffAccounts.uniqueAddress()).cookie(before))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/staff"))
                .andReturn();

        Cookie after = result.getResponse().getCookie("SESSION");
        assertThat(after).isNotNull();
        assertThat(after.getValue()).isNotEqualTo(before.getValue());
        assertThat(jdbc.sql("SELECT count(*) FROM spring_session WHERE principal_name = ?").param(editor)
                .query(Long.class).single()).isEqualTo(1);
        mvc.perform(get("/staff").cookie(after)).andExpect(status().isOk());
        // An editor, not an admin.
        mvc.perform(get("/staff/accounts").cookie(after)).andExpect(status().isForbidden());
        // The session id from before the sign-in is no way in.
        mvc.perform(get("/staff").cookie(before)).andExpect(status().is3xxRedirection());
    }

    @Test
    void answersAWrongPasswordAndAnUnknownAccountAlike() throws Exception {
        String editor = StaffAccounts.create(accounts, StaffRole.EDITOR);
        mvc.perform(signIn(editor, "not the password", StaffAccounts.uniqueAddress()))
                .andExpect(redirectedUrl("/login?outcome=failed"));
        mvc.perform(signIn("nobody-" + editor, "not the password", StaffAccounts.uniqueAddress()))
                .andExpect(redirectedUrl("/login?outcome=failed"));
        mvc.perform(get("/login?outcome=failed").header("Accept-Language", "en"))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Sign-in failed")));
    }

    @Test
    void refusesADeactivatedAccountWithTheSameAnswer() throws Exception {
        String editor = StaffAccounts.create(accounts, StaffRole.EDITOR);
        accounts.deactivate(editor, "test");
        mvc.perform(signIn(editor, StaffAccounts.PASSWORD, StaffAccounts.uniqueAddress()))
                .andExpect(redirectedUrl("/login?outcome=failed"));
    }

    @Test
    void aStrangersFailuresFromOneAddressNeverStopTheRightPasswordFromAnother() throws Exception {
        String editor = StaffAccounts.create(accounts, StaffRole.EDITOR);
        String stranger = StaffAccounts.uniqueAddress();
        for (int i = 0; i < 10; i++) {
            mvc.perform(signIn(editor, "wrong " + i, stranger));
        }
        // The stranger's address now waits for this account...
        mvc.perform(signIn(editor, StaffAccounts.PASSWORD, stranger)).andExpect(redirectedUrl("/login?outcome=throttled"));
        // ...but the owner, from anywhere else, signs in at once.
        mvc.perform(signIn(editor, StaffAccounts.PASSWORD, StaffAccounts.uniqueAddress())).andExpect(redirectedUrl("/staff"));
        mvc.perform(get("/login?outcome=throttled").header("Accept-Language", "en"))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("each further failure makes the wait longer")));
    }

    @Test
    void slowsAnAccountFromOneAddressAfterThreeFreeFailures() throws Exception {
        String editor = StaffAccounts.create(accounts, StaffRole.EDITOR);
        String address = StaffAccounts.uniqueAddress();
        for (int i = 0; i < 4; i++) {
            mvc.perform(signIn(editor, "wrong " + i, address)).andExpect(redirectedUrl("/login?outcome=failed"));
        }
        mvc.perform(signIn(editor, StaffAccounts.PASSWORD, address)).andExpect(redirectedUrl("/login?outcome=throttled"));
    }

    @Test
    void slowsAnUnknownAccountExactlyLikeAKnownOne() throws Exception {
        String unknown = "ghost-" + java.util.UUID.randomUUID().toString().substring(0, 8);
        String address = StaffAccounts.uniqueAddress();
        for (int i = 0; i < 4; i++) {
            mvc.perform(signIn(unknown, "wrong " + i, address)).andExpect(redirectedUrl("/login?outcome=failed"));
        }
        mvc.perform(signIn(unknown, "wrong again", address)).andExpect(redirectedUrl("/login?outcome=throttled"));
    }

    @Test
    void slowsAnAddressThatTriesManyAccounts() throws Exception {
        String editor = StaffAccounts.create(accounts, StaffRole.EDITOR);
        String address = StaffAccounts.uniqueAddress();
        for (int i = 0; i < 21; i++) {
            mvc.perform(signIn("guess-" + i + "-" + editor, "wrong", address)).andExpect(redirectedUrl("/login?outcome=failed"));
        }
        mvc.perform(signIn(editor, StaffAccounts.PASSWORD, address)).andExpect(redirectedUrl("/login?outcome=throttled"));
        // The account itself is not held up: from elsewhere it signs in.
        mvc.perform(signIn(editor, StaffAccounts.PASSWORD, StaffAccounts.uniqueAddress())).andExpect(redirectedUrl("/staff"));
    }

    @Test
    void neverStoresTheNamesOrAddressesThatFailed() throws Exception {
        String address = "10.254.253.252";
        mvc.perform(signIn("my-secret-typo", "wrong", address)).andExpect(redirectedUrl("/login?outcome=failed"));
        assertThat(jdbc.sql("SELECT count(*) FROM sign_in_throttle WHERE subject LIKE '%secret%' OR subject = ?")
                .param(address).query(Long.class).single()).isZero();
    }

    @Test
    void signsOutByPostWithCsrfOnly() throws Exception {
        mvc.perform(post("/logout").with(user("aiko").roles("EDITOR")))
                .andExpect(status().isForbidden());
        mvc.perform(post("/logout").with(user("aiko").roles("EDITOR")).with(csrf()))
                .andExpect(redirectedUrl("/login?outcome=signed-out"));
        // GET /logout signs nobody out: there is no such page.
        mvc.perform(get("/logout").with(user("aiko").roles("EDITOR")))
                .andExpect(status().isNotFound());
    }

    @Test
    void refusesSignInWithoutCsrf() throws Exception {
        mvc.perform(post("/login").param("username", "x").param("password", "y"))
                .andExpect(status().isForbidden());
    }

    @Test
    void sendsAnonymousVisitorsOfTheWorkspaceToSignIn() throws Exception {
        mvc.perform(get("/staff"))
                .andExpect(status().is3xxRedirection())
                .andExpect(header().string("Location", org.hamcrest.Matchers.endsWith("/login")));
    }

    @Test
    void endsTheSessionOfAnAccountDeactivatedWhileSignedIn() throws Exception {
        String editor = StaffAccounts.create(accounts, StaffRole.EDITOR);
        Cookie session = mvc.perform(signIn(editor, StaffAccounts.PASSWORD, StaffAccounts.uniqueAddress()))
                .andExpect(redirectedUrl("/staff"))
                .andReturn().getResponse().getCookie("SESSION");
        mvc.perform(get("/staff").cookie(session)).andExpect(status().isOk());

        accounts.deactivate(editor, "test");

        mvc.perform(get("/staff").cookie(session)).andExpect(status().is3xxRedirection())
                .andExpect(header().string("Location", org.hamcrest.Matchers.containsString("/login")));
        assertThat(jdbc.sql("SELECT count(*) FROM spring_session WHERE principal_name = ?").param(editor)
                .query(Long.class).single()).isZero();
    }
}
