package org.citydiplomacy.portal.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.citydiplomacy.portal.accounts.AccessTokenService;
import org.citydiplomacy.portal.accounts.AccountService;
import org.citydiplomacy.portal.accounts.StaffRole;
import org.citydiplomacy.portal.support.CreatedRecords;
import org.citydiplomacy.portal.support.PortalTest;
import org.citydiplomacy.portal.support.StaffAccounts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Who may reach what: every staff page and form and every write endpoint, for anonymous visitors,
 * editors and admins, through the real filter chain. Failures are collected so that one run shows the
 * whole matrix.
 */
@PortalTest
class StaffAuthorisationTest {

    @Autowired
    JdbcClient createdRecordsJdbc;

    private CreatedRecords created;


    @org.junit.jupiter.api.AfterEach
    void removeCreatedRecords() {
        created.remove();
        createdRecordsJdbc.sql("DELETE FROM calendar_feed WHERE owner IN (?, ?)").params(editor, admin).update();
    }

    enum Who { ANONYMOUS, EDITOR, ADMIN }

    @Autowired
    MockMvc mvc;

    @Autowired
    AccountService accounts;

    @Autowired
    AccessTokenService tokens;

    String editor;
    String admin;
    String target;
    long targetToken;
    long editorToken;
    String editorBearer;
    String adminBearer;

    @BeforeEach
    void accounts() {
        created = CreatedRecords.noteBefore(createdRecordsJdbc);
        editor = StaffAccounts.create(accounts, StaffRole.EDITOR);
        admin = StaffAccounts.create(accounts, StaffRole.ADMIN);
        target = StaffAccounts.create(accounts, StaffRole.EDITOR);
        tokens.issue(target, "target", Duration.ofDays(1));
        targetToken = tokens.ofOwner(target).get(0).id();
        editorBearer = tokens.issue(editor, "matrix", Duration.ofDays(1)).token();
        editorToken = tokens.ofOwner(editor).get(0).id();
        adminBearer = tokens.issue(admin, "matrix", Duration.ofDays(1)).token();
        partner = "matrix-" + java.util.UUID.randomUUID().toString().substring(0, 8);
        jdbc.sql("INSERT INTO partner (slug, name, kind, country, relationship, visibility) VALUES (?, 'Matrix', 'CITY', 'FR', 'PARTNER', 'DRAFT')")
                .param(partner).update();
        // Records of this test's own: the matrix withdraws them at the end.
        agreement = jdbc.sql("""
                INSERT INTO agreement (type, title, signed_on, signed_on_precision, visibility, created_by, updated_by)
                VALUES ('OTHER', 'Matrix agreement', DATE '2026-01-01', 'DAY', 'DRAFT', 'test', 'test') RETURNING id""")
                .query(Long.class).single();
        meeting = jdbc.sql("""
                INSERT INTO meeting (title, held_on, held_on_precision, kind, visibility, created_by, updated_by)
                VALUES ('Matrix meeting', DATE '2026-01-01', 'DAY', 'FORUM', 'DRAFT', 'test', 'test') RETURNING id""")
                .query(Long.class).single();
    }

    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    String partner;
    long agreement;
    long meeting;

    /** A staff page or form and the least role it needs. */
    record Page(String method, String path, StaffRole least) {
    }

    private List<Page> pages() {
        return List.of(
                new Page("GET", "/staff", StaffRole.EDITOR),
                new Page("GET", "/staff/tokens", StaffRole.EDITOR),
                new Page("POST", "/staff/tokens", StaffRole.EDITOR),
                new Page("POST", "/staff/tokens/" + editorToken + "/revoke", StaffRole.EDITOR),
                new Page("GET", "/staff/calendar", StaffRole.EDITOR),
                new Page("POST", "/staff/calendar", StaffRole.EDITOR),
                new Page("POST", "/staff/calendar/revoke", StaffRole.EDITOR),
                new Page("GET", "/staff/accounts", StaffRole.ADMIN),
                new Page("GET", "/staff/accounts/new", StaffRole.ADMIN),
                new Page("POST", "/staff/accounts", StaffRole.ADMIN),
                new Page("GET", "/staff/accounts/" + target, StaffRole.ADMIN),
                new Page("POST", "/staff/accounts/" + target + "/deactivate", StaffRole.ADMIN),
                new Page("POST", "/staff/accounts/" + target + "/reactivate", StaffRole.ADMIN),
                new Page("POST", "/staff/accounts/" + target + "/password", StaffRole.ADMIN),
                new Page("POST", "/staff/accounts/" + target + "/tokens/" + targetToken + "/revoke", StaffRole.ADMIN),
                new Page("GET", "/staff/agreements/new", StaffRole.EDITOR),
                new Page("POST", "/staff/agreements", StaffRole.EDITOR),
                new Page("GET", "/staff/agreements/" + agreement + "/edit", StaffRole.EDITOR),
                new Page("POST", "/staff/agreements/" + agreement, StaffRole.EDITOR),
                new Page("GET", "/staff/agreements/" + agreement + "/history", StaffRole.EDITOR),
                new Page("GET", "/staff/agreements/" + agreement + "/documents/new", StaffRole.EDITOR),
                new Page("POST", "/staff/agreements/" + agreement + "/documents", StaffRole.EDITOR),
                new Page("GET", "/staff/partners/new", StaffRole.EDITOR),
                new Page("POST", "/staff/partners", StaffRole.EDITOR),
                new Page("GET", "/staff/partners/" + partner + "/edit", StaffRole.EDITOR),
                new Page("POST", "/staff/partners/" + partner, StaffRole.EDITOR),
                new Page("GET", "/staff/partners/" + partner + "/history", StaffRole.EDITOR),
                new Page("GET", "/staff/meetings/new", StaffRole.EDITOR),
                new Page("POST", "/staff/meetings", StaffRole.EDITOR),
                new Page("GET", "/staff/meetings/" + meeting + "/edit", StaffRole.EDITOR),
                new Page("POST", "/staff/meetings/" + meeting, StaffRole.EDITOR),
                new Page("GET", "/staff/meetings/" + meeting + "/history", StaffRole.EDITOR),
                // Withdrawals last: they change what the pages above show.
                new Page("POST", "/staff/partners/" + partner + "/withdraw", StaffRole.ADMIN),
                new Page("POST", "/staff/meetings/" + meeting + "/withdraw", StaffRole.ADMIN),
                new Page("POST", "/staff/agreements/" + agreement + "/withdraw", StaffRole.ADMIN));
    }

    /** A write endpoint of the API: all need a bearer token of a staff account. */
    record Write(String method, String path) {

        AbstractMockHttpServletRequestBuilder<?> request() {
            return switch (method) {
                case "MULTIPART" -> multipart(path);
                case "PUT" -> put(path).contentType(MediaType.APPLICATION_JSON).content("{}");
                default -> post(path).contentType(MediaType.APPLICATION_JSON).content("{}");
            };
        }
    }

    private static final List<Write> WRITES = List.of(
            new Write("POST", "/api/v1/agreements"), new Write("PUT", "/api/v1/agreements/1"),
            new Write("POST", "/api/v1/partners"), new Write("PUT", "/api/v1/partners/tokyo-test"),
            new Write("POST", "/api/v1/meetings"), new Write("PUT", "/api/v1/meetings/1"),
            new Write("MULTIPART", "/api/v1/agreements/1/documents"));

    private MockHttpServletRequestBuilder request(Page page, Who who) {
        MockHttpServletRequestBuilder request = "GET".equals(page.method()) ? get(page.path()) : post(page.path()).with(csrf());
        return switch (who) {
            case ANONYMOUS -> request;
            case EDITOR -> request.with(user(editor).roles("EDITOR"));
            case ADMIN -> request.with(user(admin).roles("ADMIN"));
        };
    }

    @Test
    void staffPagesAndFormsFollowTheMatrix() throws Exception {
        List<String> wrong = new ArrayList<>();
        for (Page page : pages()) {
            for (Who who : Who.values()) {
                MockHttpServletResponse response = mvc.perform(request(page, who)).andReturn().getResponse();
                int status = response.getStatus();
                String where = who + " " + page.method() + " " + page.path() + " -> " + status;
                boolean allowed = who == Who.ADMIN || who == Who.EDITOR && page.least() == StaffRole.EDITOR;
                if (who == Who.ANONYMOUS) {
                    if (status != 302 || !response.getRedirectedUrl().endsWith("/login")) {
                        wrong.add(where + " (expected a redirect to /login)");
                    }
                }
                else if (allowed ? status == 401 || status == 403 : status != 403) {
                    wrong.add(where + (allowed ? " (expected access)" : " (expected 403)"));
                }
            }
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void everyStaffFormRefusesAPostWithoutACsrfToken() throws Exception {
        List<String> accepted = new ArrayList<>();
        for (Page page : pages()) {
            if ("POST".equals(page.method())) {
                int status = mvc.perform(post(page.path()).with(user(admin).roles("ADMIN")))
                        .andReturn().getResponse().getStatus();
                if (status != 403) {
                    accepted.add(page.path() + " -> " + status);
                }
            }
        }
        int logout = mvc.perform(post("/logout").with(user(admin).roles("ADMIN"))).andReturn().getResponse().getStatus();
        if (logout != 403) {
            accepted.add("/logout -> " + logout);
        }
        assertThat(accepted).isEmpty();
    }

    /** A real browser session of the admin, signed in through the form. */
    private jakarta.servlet.http.Cookie adminSession() throws Exception {
        return mvc.perform(post("/login").with(csrf())
                        .param("username", admin).param("password", StaffAccounts.PASSWORD)
                        .with(request -> {
                            request.setRemoteAddr(StaffAccounts.uniqueAddress());
                            return request;
                        }))
                .andReturn().getResponse().getCookie("SESSION");
    }

    @Test
    void writeEndpointsNeedABearerTokenOfAStaffAccount() throws Exception {
        List<String> wrong = new ArrayList<>();
        for (Write write : WRITES) {
            String where = write.method() + " " + write.path();
            MockHttpServletResponse anonymous = mvc.perform(write.request()).andReturn().getResponse();
            if (anonymous.getStatus() != 401 || anonymous.getHeader(HttpHeaders.WWW_AUTHENTICATE) == null
                    || !String.valueOf(anonymous.getContentType()).startsWith(MediaType.APPLICATION_PROBLEM_JSON_VALUE)) {
                wrong.add("ANONYMOUS " + where + " -> " + anonymous.getStatus() + " " + anonymous.getContentType());
            }
            // A signed-in browser session is no way in: the API chain never reads sessions.
            int withSession = mvc.perform(write.request().cookie(adminSession()).with(csrf()))
                    .andReturn().getResponse().getStatus();
            if (withSession != 401) {
                wrong.add("SESSION " + where + " -> " + withSession);
            }
            for (String bearer : List.of(editorBearer, adminBearer)) {
                int status = mvc.perform(write.request().header(HttpHeaders.AUTHORIZATION, "Bearer " + bearer))
                        .andReturn().getResponse().getStatus();
                if (status == 401 || status == 403) {
                    wrong.add((bearer.equals(editorBearer) ? "EDITOR " : "ADMIN ") + where + " -> " + status);
                }
            }
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void withdrawingThroughTheApiIsForAdminsOnly() throws Exception {
        String path = "/api/v1/partners/" + partner + "/withdrawal";
        MockHttpServletResponse anonymous = mvc.perform(post(path)).andReturn().getResponse();
        MockHttpServletResponse asEditor = mvc.perform(post(path).header(HttpHeaders.AUTHORIZATION, "Bearer " + editorBearer))
                .andReturn().getResponse();
        assertThat(anonymous.getStatus()).isEqualTo(401);
        assertThat(asEditor.getStatus()).isEqualTo(403);
        assertThat(asEditor.getContentType()).startsWith(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        int asAdmin = mvc.perform(post(path).header(HttpHeaders.AUTHORIZATION, "Bearer " + adminBearer))
                .andReturn().getResponse().getStatus();
        assertThat(asAdmin).isNotIn(401, 403);
    }
}
