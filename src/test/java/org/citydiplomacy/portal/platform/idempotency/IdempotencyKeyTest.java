package org.citydiplomacy.portal.platform.idempotency;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import org.citydiplomacy.portal.platform.errors.ProblemType;
import org.citydiplomacy.portal.accounts.AccountService;
import org.citydiplomacy.portal.accounts.StaffRole;
import org.citydiplomacy.portal.support.CreatedRecords;
import org.citydiplomacy.portal.support.PortalServerTest;
import org.citydiplomacy.portal.support.StaffAccounts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Idempotency-Key on the API's creates, over real HTTP against the portal on its PostgreSQL: a
 * retry gets the first answer and never makes a second record, however the requests interleave.
 */
@PortalServerTest
class IdempotencyKeyTest {

    @LocalServerPort
    int port;

    @Autowired
    AccountService accounts;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DataSource dataSource;

    @Autowired
    JsonMapper json;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private CreatedRecords created;
    private String token;

    @BeforeEach
    void signIn() throws Exception {
        created = CreatedRecords.noteBefore(jdbc);
        token = tokenOf(StaffAccounts.create(accounts, StaffRole.EDITOR));
    }

    @AfterEach
    void removeCreatedRecords() {
        created.remove();
    }

    private String tokenOf(String username) throws Exception {
        HttpResponse<String> issued = http.send(HttpRequest.newBuilder(uri("/api/v1/tokens"))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                        (username + ":" + StaffAccounts.PASSWORD).getBytes(StandardCharsets.UTF_8)))
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(issued.statusCode()).isEqualTo(201);
        return json.readTree(issued.body()).get("token").asString();
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private HttpRequest create(String path, String bearer, String key, Object body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path))
                .header("Authorization", "Bearer " + bearer)
                .header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .timeout(Duration.ofSeconds(30))
                .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body)));
        if (key != null) {
            request.header(IdempotencyFilter.HEADER, key);
        }
        return request.build();
    }

    private HttpResponse<String> send(HttpRequest request) throws Exception {
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private static Map<String, Object> agreement(String title) {
        return Map.of("type", "JOINT_STATEMENT", "title", title, "signedOn", "2025-11",
                "partners", List.of("paris"), "status", "IN_FORCE", "visibility", "PUBLISHED");
    }

    private long agreementsTitled(String title) {
        return jdbc.sql("SELECT count(*) FROM agreement WHERE title = :title").param("title", title)
                .query(Long.class).single();
    }

    @Test
    void retryWithTheSameKeyAndBodyGetsTheFirstAnswerAndNoSecondRecord() throws Exception {
        String title = "Retried statement " + UUID.randomUUID();
        String key = UUID.randomUUID().toString();

        HttpResponse<String> first = send(create("/api/v1/agreements", token, key, agreement(title)));
        HttpResponse<String> retry = send(create("/api/v1/agreements", token, key, agreement(title)));

        assertThat(first.statusCode()).isEqualTo(201);
        assertThat(retry.statusCode()).isEqualTo(201);
        assertThat(retry.headers().firstValue("Location")).isEqualTo(first.headers().firstValue("Location")).isPresent();
        assertThat(retry.headers().firstValue("ETag")).isEqualTo(first.headers().firstValue("ETag")).isPresent();
        assertThat(retry.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
        assertThat(retry.body()).isEqualTo(first.body());
        assertThat(agreementsTitled(title)).isEqualTo(1);
        assertThat(jdbc.sql("""
                SELECT extract(epoch FROM expires_at - now()) FROM idempotency_key WHERE idempotency_key = :key""")
                .param("key", key).query(Double.class).single())
                .as("kept for 24 hours").isBetween(23.9 * 3600, 24.0 * 3600);
    }

    @Test
    void aKeyIsForgottenAfterItsDay() throws Exception {
        String title = "Sent again a day later " + UUID.randomUUID();
        String key = UUID.randomUUID().toString();
        HttpResponse<String> first = send(create("/api/v1/agreements", token, key, agreement(title)));
        jdbc.sql("UPDATE idempotency_key SET expires_at = now() - interval '1 second' WHERE idempotency_key = :key")
                .param("key", key).update();

        HttpResponse<String> later = send(create("/api/v1/agreements", token, key, agreement(title)));

        assertThat(later.statusCode()).isEqualTo(201);
        assertThat(later.headers().firstValue("Location")).isNotEqualTo(first.headers().firstValue("Location"));
        assertThat(agreementsTitled(title)).isEqualTo(2);
    }

    @Test
    void theDraftsStructuredStringFormOfTheKeyIsTheSameKey() throws Exception {
        String title = "Quoted key " + UUID.randomUUID();
        String key = UUID.randomUUID().toString();

        HttpResponse<String> first = send(create("/api/v1/agreements", token, "\"" + key + "\"", agreement(title)));
        HttpResponse<String> retry = send(create("/api/v1/agreements", token, key, agreement(title)));

        assertThat(retry.headers().firstValue("Location")).isEqualTo(first.headers().firstValue("Location"));
        assertThat(agreementsTitled(title)).isEqualTo(1);
    }

    @Test
    void theSameKeyWithAnotherBodyIsRefusedWith422AndSavesNothing() throws Exception {
        String key = UUID.randomUUID().toString();
        String firstTitle = "First statement " + UUID.randomUUID();
        String otherTitle = "Another statement " + UUID.randomUUID();

        assertThat(send(create("/api/v1/agreements", token, key, agreement(firstTitle))).statusCode()).isEqualTo(201);
        HttpResponse<String> reused = send(create("/api/v1/agreements", token, key, agreement(otherTitle)));

        assertThat(reused.statusCode()).isEqualTo(422);
        assertThat(reused.headers().firstValue("Content-Type")).hasValueSatisfying(
                t -> assertThat(t).startsWith("application/problem+json"));
        JsonNode problem = json.readTree(reused.body());
        assertThat(problem.get("type").asString()).isEqualTo(ProblemType.IDEMPOTENCY_KEY_REUSED.type().toString());
        assertThat(problem.get("status").asInt()).isEqualTo(422);
        assertThat(agreementsTitled(otherTitle)).isZero();
        assertThat(agreementsTitled(firstTitle)).isEqualTo(1);
    }

    @Test
    void theSameKeyOnAnotherEndpointIsAnotherRequest() throws Exception {
        String key = UUID.randomUUID().toString();
        String slug = "idempotence-" + UUID.randomUUID().toString().substring(0, 8);
        assertThat(send(create("/api/v1/agreements", token, key, agreement("Statement " + slug))).statusCode())
                .isEqualTo(201);

        HttpResponse<String> partner = send(create("/api/v1/partners", token, key, Map.of("slug", slug,
                "name", "Testville", "kind", "CITY", "country", "FR", "relationship", "PARTNER", "visibility", "DRAFT")));

        assertThat(partner.statusCode()).isEqualTo(422);
        assertThat(jdbc.sql("SELECT count(*) FROM partner WHERE slug = :slug").param("slug", slug)
                .query(Long.class).single()).isZero();
    }

    @Test
    void keysBelongToTheirUser() throws Exception {
        String otherToken = tokenOf(StaffAccounts.create(accounts, StaffRole.EDITOR));
        String title = "Two editors, one key " + UUID.randomUUID();
        String key = UUID.randomUUID().toString();

        HttpResponse<String> mine = send(create("/api/v1/agreements", token, key, agreement(title)));
        HttpResponse<String> theirs = send(create("/api/v1/agreements", otherToken, key, agreement(title)));

        assertThat(mine.statusCode()).isEqualTo(201);
        assertThat(theirs.statusCode()).isEqualTo(201);
        assertThat(theirs.headers().firstValue("Location")).isNotEqualTo(mine.headers().firstValue("Location"));
        assertThat(agreementsTitled(title)).isEqualTo(2);
    }

    @Test
    void aRefusedRequestKeepsNoKeySoTheCorrectedRetryRuns() throws Exception {
        String key = UUID.randomUUID().toString();
        String title = "Corrected statement " + UUID.randomUUID();
        Map<String, Object> invalid = Map.of("type", "JOINT_STATEMENT", "title", title, "partners", List.of("paris"));

        assertThat(send(create("/api/v1/agreements", token, key, invalid)).statusCode()).isEqualTo(400);
        HttpResponse<String> corrected = send(create("/api/v1/agreements", token, key, agreement(title)));

        assertThat(corrected.statusCode()).isEqualTo(201);
        assertThat(agreementsTitled(title)).isEqualTo(1);
    }

    @Test
    void anUnusableKeyIsA400() throws Exception {
        String title = "Bad key " + UUID.randomUUID();

        HttpResponse<String> tooLong = send(create("/api/v1/agreements", token, "k".repeat(256), agreement(title)));

        assertThat(tooLong.statusCode()).isEqualTo(400);
        assertThat(json.readTree(tooLong.body()).get("type").asString()).isEqualTo(ProblemType.IDEMPOTENCY_KEY_INVALID.type().toString());
        assertThat(agreementsTitled(title)).isZero();
    }

    @Test
    void createsWithoutAKeyWorkAsBefore() throws Exception {
        String title = "No key " + UUID.randomUUID();

        assertThat(send(create("/api/v1/agreements", token, null, agreement(title))).statusCode()).isEqualTo(201);
        assertThat(send(create("/api/v1/agreements", token, null, agreement(title))).statusCode()).isEqualTo(201);

        assertThat(agreementsTitled(title)).isEqualTo(2);
    }

    /**
     * Two requests with one key at the same moment. The test holds the Paris partner row locked, so
     * the first request to claim the key stops inside its transaction (at the agreement's foreign
     * key) while the second arrives: the second waits for the first and then answers what it answered.
     */
    @Test
    void twoRequestsAtOnceMakeOneRecordAndGetTheSameAnswer() throws Exception {
        String title = "Sent twice at once " + UUID.randomUUID();
        String key = UUID.randomUUID().toString();
        CompletableFuture<HttpResponse<String>> one;
        CompletableFuture<HttpResponse<String>> two;
        try (Connection lock = dataSource.getConnection()) {
            lock.setAutoCommit(false);
            lockParis(lock);
            one = http.sendAsync(create("/api/v1/agreements", token, key, agreement(title)), HttpResponse.BodyHandlers.ofString());
            two = http.sendAsync(create("/api/v1/agreements", token, key, agreement(title)), HttpResponse.BodyHandlers.ofString());
            Thread.sleep(1000);
            assertThat(one).as("held by the lock").isNotDone();
            assertThat(two).as("waiting for the first").isNotDone();
            lock.rollback();
        }
        HttpResponse<String> first = one.get(30, TimeUnit.SECONDS);
        HttpResponse<String> second = two.get(30, TimeUnit.SECONDS);

        assertThat(List.of(first.statusCode(), second.statusCode())).containsExactly(201, 201);
        assertThat(second.headers().firstValue("Location")).isEqualTo(first.headers().firstValue("Location"));
        assertThat(second.body()).isEqualTo(first.body());
        assertThat(agreementsTitled(title)).isEqualTo(1);
    }

    /**
     * When the first request takes longer than the retry may wait for it
     * ({@code portal.idempotency.wait-for-first}, 10 s), the retry answers 409 and still nothing is doubled.
     */
    @Test
    void aRetryThatWaitsTooLongForTheFirstIsA409() throws Exception {
        String title = "Slow first request " + UUID.randomUUID();
        String key = UUID.randomUUID().toString();
        CompletableFuture<HttpResponse<String>> first;
        HttpResponse<String> impatient;
        try (Connection lock = dataSource.getConnection()) {
            lock.setAutoCommit(false);
            lockParis(lock);
            first = http.sendAsync(create("/api/v1/agreements", token, key, agreement(title)), HttpResponse.BodyHandlers.ofString());
            Thread.sleep(500);
            impatient = send(create("/api/v1/agreements", token, key, agreement(title)));
            lock.rollback();
        }

        assertThat(impatient.statusCode()).isEqualTo(409);
        assertThat(impatient.headers().firstValue("Retry-After")).isPresent();
        assertThat(json.readTree(impatient.body()).get("type").asString()).isEqualTo(ProblemType.IDEMPOTENCY_KEY_IN_USE.type().toString());
        assertThat(first.get(30, TimeUnit.SECONDS).statusCode()).isEqualTo(201);
        HttpResponse<String> later = send(create("/api/v1/agreements", token, key, agreement(title)));
        assertThat(later.statusCode()).isEqualTo(201);
        assertThat(later.headers().firstValue("Location")).isEqualTo(first.get().headers().firstValue("Location"));
        assertThat(agreementsTitled(title)).isEqualTo(1);
    }

    private static void lockParis(Connection connection) throws Exception {
        try (PreparedStatement statement = connection.prepareStatement("SELECT id FROM partner WHERE slug = 'paris' FOR UPDATE")) {
            statement.executeQuery().close();
        }
    }
}
