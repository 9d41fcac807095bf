package org.citydiplomacy.portal.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.citydiplomacy.portal.support.CreatedRecords;
import org.citydiplomacy.portal.support.PortalTest;
import org.citydiplomacy.portal.support.StaffAccounts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import tools.jackson.databind.json.JsonMapper;

@PortalTest
class AccessTokenApiTest {

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
    AccountService accounts;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    JsonMapper json;

    private MockHttpServletRequestBuilder issue(String username, String password, String address) {
        return post("/api/v1/tokens").with(httpBasic(username, password)).with(request -> {
            request.setRemoteAddr(address);
            return request;
        });
    }

    private String issueToken(String username) throws Exception {
        String body = mvc.perform(issue(username, StaffAccounts.PASSWORD, StaffAccounts.uniqueAddress()))
                .andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString();
        return (String) json.readValue(body, Map.class).get("token");
    }

    private long draftAgreement() {
        return jdbc.sql("""
                INSERT INTO agreement (type, title, signed_on, signed_on_precision, visibility, created_by, updated_by)
                VALUES ('OTHER', 'A draft only staff may read', DATE '2026-03-01', 'DAY', 'DRAFT', 'test', 'test')
                RETURNING id""").query(Long.class).single();
    }

    @Test
    void issuesATokenForBasicCredentialsThatExpiresInThirtyDays() throws Exception {
        String editor = StaffAccounts.create(accounts, StaffRole.EDITOR);
        Instant before = Instant.now();
        String body = mvc.perform(issue(editor, StaffAccounts.PASSWORD, StaffAccounts.uniqueAddress()))
                .andExpect(status().isCreated())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andExpect(header().string(HttpHeaders.CACHE_CONTROL, containsString("no-store")))
                .andExpect(jsonPath("$.token").value(startsWith("cdp_")))
                .andReturn().getResponse().getContentAsString();
        Map<?, ?> answer = json.readValue(body, Map.class);
        String token = (String) answer.get("token");
        // 32 random bytes in URL-safe Base64 without padding: 43 characters after the prefix.
        assertThat(token.substring(4)).matches("[A-Za-z0-9_-]{43}");
        Instant expiresAt = Instant.parse((String) answer.get("expiresAt"));
        assertThat(expiresAt).isBetween(before.plus(Duration.ofDays(30)).minusSeconds(5),
                Instant.now().plus(Duration.ofDays(30)).plusSeconds(5));
    }

    @Test
    void refusesALongerLifeThanAllowedInsteadOfCappingIt() throws Exception {
        String editor = StaffAccounts.create(accounts, StaffRole.EDITOR);
        mvc.perform(issue(editor, StaffAccounts.PASSWORD, StaffAccounts.uniqueAddress())
                        .contentType(org.springframework.http.MediaType.APPLICATION_JSON).content("{\"days\": 1000}"))
                .andExpect(status().isBadRequest())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath("$.errors[0].field").value("days"))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath("$.errors[0].message",
                        org.hamcrest.Matchers.containsString("365")));
    }

    @Test
    void keepsOnlyTheHashOfAToken() throws Exception {
        String editor = StaffAccounts.create(accounts, StaffRole.EDITOR);
        String token = issueToken(editor);

        List<Map<String, Object>> rows = jdbc.sql("""
                SELECT t.* FROM access_token t JOIN account a ON a.id = t.account_id WHERE a.username = ?""")
                .param(editor).query().listOfRows();
        assertThat(rows).hasSize(1);
        for (Object value : rows.get(0).values()) {
            String text = value instanceof byte[] bytes ? new String(bytes, StandardCharsets.ISO_8859_1) : String.valueOf(value);
            assertThat(text).doesNotContain(token).doesNotContain(token.substring(4));
        }
        byte[] sha256 = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
        assertThat((byte[]) rows.get(0).get("token_hash")).isEqualTo(sha256);
        assertThat(jdbc.sql("SELECT count(*) FROM access_token WHERE token_hash = ?").param(sha256)
                .query(Long.class).single()).isOne();
    }

    @Test
    void readsDraftsWithABearerTokenThatTheAnonymousApiHides() throws Exception {
        long draft = draftAgreement();
        String token = issueToken(StaffAccounts.create(accounts, StaffRole.EDITOR));

        mvc.perform(get("/api/v1/agreements/{id}", draft)).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/agreements/{id}", draft).header(HttpHeaders.AUTHORIZATION, "Bearer " + token))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.visibility").value("DRAFT"));
        assertThat(jdbc.sql("SELECT last_used_at IS NOT NULL FROM access_token WHERE token_hash = ?")
                .param(AccessTokenService.hash(token)).query(Boolean.class).single()).isTrue();
    }

    @Test
    void refusesAnExpiredToken() throws Exception {
        String token = issueToken(StaffAccounts.create(accounts, StaffRole.EDITOR));
        jdbc.sql("UPDATE access_token SET created_at = now() - interval '31 days', expires_at = now() - interval '1 day' WHERE token_hash = ?")
                .param(AccessTokenService.hash(token)).update();
        expectInvalidToken(token);
    }

    @Test
    void refusesARevokedToken() throws Exception {
        String editor = StaffAccounts.create(accounts, StaffRole.EDITOR);
        String token = issueToken(editor);
        tokens.revokeOwn(tokens.ofOwner(editor).get(0).id(), editor);
        expectInvalidToken(token);
    }

    @Autowired
    AccessTokenService tokens;

    @Test
    void refusesTheTokenOfADeactivatedAccount() throws Exception {
        String editor = StaffAccounts.create(accounts, StaffRole.EDITOR);
        String token = issueToken(editor);
        accounts.deactivate(editor, "test");
        expectInvalidToken(token);
    }

    @Test
    void refusesAnUnknownToken() throws Exception {
        expectInvalidToken("cdp_" + "A".repeat(43));
        expectInvalidToken("not-even-our-format");
    }

    private void expectInvalidToken(String token) throws Exception {
        mvc.perform(get("/api/v1/agreements").header(HttpHeaders.AUTHORIZATION, "Bearer " + token))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(header().string(HttpHeaders.WWW_AUTHENTICATE, containsString("Bearer")))
                .andExpect(header().string(HttpHeaders.WWW_AUTHENTICATE, containsString("invalid_token")))
                .andExpect(jsonPath("$.status").value(401));
    }

    @Test
    void asksForBasicCredentialsWhenTheyAreMissing() throws Exception {
        mvc.perform(post("/api/v1/tokens"))
                .andExpect(status().isUnauthorized())
                .andExpect(header().string(HttpHeaders.WWW_AUTHENTICATE, startsWith("Basic realm=")))
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.title").value("Unauthenticated"));
    }

    @Test
    void refusesWrongCredentialsAndDeactivatedAccounts() throws Exception {
        String editor = StaffAccounts.create(accounts, StaffRole.EDITOR);
        mvc.perform(issue(editor, "wrong password", StaffAccounts.uniqueAddress()))
                .andExpect(status().isUnauthorized());
        accounts.deactivate(editor, "test");
        mvc.perform(issue(editor, StaffAccounts.PASSWORD, StaffAccounts.uniqueAddress()))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void throttlesIssuanceLikeTheSignInForm() throws Exception {
        String editor = StaffAccounts.create(accounts, StaffRole.EDITOR);
        String address = StaffAccounts.uniqueAddress();
        // Three free failures of this account from this address; the fourth sets a wait.
        for (int i = 0; i < 4; i++) {
            mvc.perform(issue(editor, "wrong " + i, address)).andExpect(status().isUnauthorized());
        }
        mvc.perform(issue(editor, StaffAccounts.PASSWORD, address))
                .andExpect(status().isTooManyRequests())
                .andExpect(header().exists(HttpHeaders.RETRY_AFTER))
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        // The owner, elsewhere, is not held up.
        mvc.perform(issue(editor, StaffAccounts.PASSWORD, StaffAccounts.uniqueAddress())).andExpect(status().isCreated());
        // Unknown accounts are throttled the same way.
        String ghost = "ghost-" + editor;
        String other = StaffAccounts.uniqueAddress();
        for (int i = 0; i < 4; i++) {
            mvc.perform(issue(ghost, "wrong " + i, other)).andExpect(status().isUnauthorized());
        }
        mvc.perform(issue(ghost, "wrong", other)).andExpect(status().isTooManyRequests());
    }

    @Test
    void anAddressThatKeepsFailingWaitsLongerEachTime() throws Exception {
        String address = StaffAccounts.uniqueAddress();
        // Many names from one address: twenty free failures, the next one sets the first wait (1 s).
        for (int i = 0; i < 21; i++) {
            mvc.perform(issue("guess-" + i + "-" + address, "wrong", address)).andExpect(status().isUnauthorized());
        }
        long previous = 0;
        for (int i = 0; i < 4; i++) {
            String retryAfter = mvc.perform(issue("guess-more-" + i, "wrong", address))
                    .andExpect(status().isTooManyRequests())
                    .andReturn().getResponse().getHeader(HttpHeaders.RETRY_AFTER);
            long seconds = Long.parseLong(retryAfter);
            assertThat(seconds).isGreaterThan(previous);
            previous = seconds;
        }
        assertThat(previous).isGreaterThanOrEqualTo(8);
    }

    @Test
    void answersWritesWithoutATokenWith401AndABearerChallenge() throws Exception {
        mvc.perform(post("/api/v1/agreements").contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isUnauthorized())
                .andExpect(header().string(HttpHeaders.WWW_AUTHENTICATE, startsWith("Bearer")))
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    void doesNotTakeBasicCredentialsForWrites() throws Exception {
        String editor = StaffAccounts.create(accounts, StaffRole.EDITOR);
        mvc.perform(post("/api/v1/agreements").with(httpBasic(editor, StaffAccounts.PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isUnauthorized());
    }
}
