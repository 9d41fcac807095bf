package org.citydiplomacy.portal.platform.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;

import org.citydiplomacy.portal.accounts.AccountService;
import org.citydiplomacy.portal.accounts.StaffRole;
import org.citydiplomacy.portal.support.Browser;
import org.citydiplomacy.portal.support.PortalInstance;
import org.citydiplomacy.portal.support.StaffAccounts;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Two instances of the portal on one database, as behind a load balancer: a sign-in on one holds on
 * the other, and a sign-out, a deactivation or a password reset on either ends every session of that
 * user on both.
 */
class SharedSessionsTest {

    static PortalInstance a;
    static PortalInstance b;

    @BeforeAll
    static void startTwoInstances() {
        a = PortalInstance.start();
        b = PortalInstance.start();
    }

    @AfterAll
    static void stop() {
        if (a != null) {
            a.close();
        }
        if (b != null) {
            b.close();
        }
    }

    private static String editor() {
        return StaffAccounts.create(a.bean(AccountService.class), StaffRole.EDITOR);
    }

    private static Browser signedIn(PortalInstance where, String username) {
        Browser browser = new Browser();
        HttpResponse<String> signIn = browser.post(where.url("/login"), where.url("/login"),
                Map.of("username", username, "password", StaffAccounts.PASSWORD));
        assertThat(signIn.statusCode()).isEqualTo(302);
        assertThat(signIn.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/staff"));
        return browser;
    }

    private static boolean inWorkspace(Browser browser, PortalInstance where) {
        HttpResponse<String> page = browser.get(where.url("/staff"));
        if (page.statusCode() == 200) {
            return true;
        }
        assertThat(page.statusCode()).isEqualTo(302);
        assertThat(page.headers().firstValue("Location").orElseThrow()).contains("/login");
        return false;
    }

    private static int sessionsOf(String username) {
        return a.bean(JdbcClient.class).sql("SELECT count(*) FROM spring_session WHERE principal_name = ?")
                .param(username).query(Integer.class).single();
    }

    @Test
    void aSignInOnOneInstanceHoldsOnTheOther() {
        String editor = editor();
        Browser browser = signedIn(a, editor);

        assertThat(inWorkspace(browser, b)).isTrue();
        assertThat(inWorkspace(browser, a)).isTrue();
        assertThat(sessionsOf(editor)).isEqualTo(1);
    }

    @Test
    void signingOutOnOneInstanceEndsEverySessionOfTheUserOnBoth() {
        String editor = editor();
        Browser first = signedIn(a, editor);
        Browser second = signedIn(b, editor);
        assertThat(sessionsOf(editor)).isEqualTo(2);

        HttpResponse<String> signOut = first.post(b.url("/staff"), b.url("/logout"), Map.of());

        assertThat(signOut.statusCode()).isEqualTo(302);
        assertThat(signOut.headers().firstValue("Location").orElseThrow()).endsWith("/login?outcome=signed-out");
        assertThat(inWorkspace(first, a)).isFalse();
        assertThat(inWorkspace(second, a)).isFalse();
        assertThat(inWorkspace(second, b)).isFalse();
        assertThat(sessionsOf(editor)).isZero();
    }

    @Test
    void deactivatingAnAccountEndsItsSessionsOnEveryInstance() {
        String editor = editor();
        Browser browser = signedIn(a, editor);
        assertThat(inWorkspace(browser, b)).isTrue();

        b.bean(AccountService.class).deactivate(editor, "test-admin");

        assertThat(sessionsOf(editor)).isZero();
        assertThat(inWorkspace(browser, a)).isFalse();
        assertThat(inWorkspace(browser, b)).isFalse();
    }

    @Test
    void anAdministratorsPasswordResetEndsTheSessionsOfTheAccount() {
        String editor = editor();
        Browser browser = signedIn(b, editor);
        assertThat(inWorkspace(browser, a)).isTrue();

        a.bean(AccountService.class).resetPassword(editor, "an entirely new passphrase", "test-admin");

        assertThat(sessionsOf(editor)).isZero();
        assertThat(inWorkspace(browser, b)).isFalse();
        // The account itself still works, with its new password.
        Browser again = new Browser();
        HttpResponse<String> signIn = again.post(a.url("/login"), a.url("/login"),
                Map.of("username", editor, "password", "an entirely new passphrase"));
        assertThat(signIn.headers().firstValue("Location").orElseThrow()).endsWith("/staff");
    }
}
