package org.citydiplomacy.portal.platform.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.function.Supplier;

import org.citydiplomacy.portal.accounts.AccountService;
import org.citydiplomacy.portal.accounts.StaffRole;
import org.citydiplomacy.portal.support.Browser;
import org.citydiplomacy.portal.support.PortalInstance;
import org.citydiplomacy.portal.support.ScratchDatabase;
import org.citydiplomacy.portal.support.StaffAccounts;
import org.citydiplomacy.portal.support.TcpProxy;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The database goes away under a running portal (a proxy between them is cut) and comes back:
 * requests give up within 5 s with 503 and Retry-After (problem+json in the API, a page in the
 * reader's language elsewhere), pages read before are still served from the kept copy, readiness is
 * down and liveness up, a refused write leaves nothing, and the portal recovers by itself.
 */
class DatabaseOutageTest {

    static TcpProxy proxy;
    static PortalInstance portal;
    static final Browser browser = new Browser();

    @BeforeAll
    static void startBehindAProxy() throws Exception {
        String[] hostPort = ScratchDatabase.hostAndPort().split(":");
        proxy = new TcpProxy(hostPort[0], hostPort.length > 1 ? Integer.parseInt(hostPort[1]) : 5432);
        portal = PortalInstance.start("spring.datasource.url=jdbc:postgresql://127.0.0.1:" + proxy.port() + "/"
                + ScratchDatabase.testDatabaseName());
    }

    @AfterAll
    static void stop() throws Exception {
        if (portal != null) {
            portal.close();
        }
        if (proxy != null) {
            proxy.close();
        }
        // The seed tests that run later must see the seed alone.
        String[] hostPort = ScratchDatabase.hostAndPort().split(":");
        try (java.sql.Connection connection = java.sql.DriverManager.getConnection("jdbc:postgresql://" + hostPort[0] + ":"
                + (hostPort.length > 1 ? hostPort[1] : "5432") + "/" + ScratchDatabase.testDatabaseName(),
                ScratchDatabase.username(), ScratchDatabase.password());
                java.sql.Statement statement = connection.createStatement()) {
            statement.executeUpdate("DELETE FROM partner WHERE slug LIKE 'outage-%'");
        }
    }

    private static HttpResponse<String> get(String path, String language) {
        // As a browser asks: HTML first.
        return browser.send(HttpRequest.newBuilder(URI.create(portal.url(path))).header("Accept-Language", language)
                .header("Accept", "text/html,application/xhtml+xml,*/*;q=0.8").GET());
    }

    private static HttpResponse<String> createPartner(String token, String slug) {
        String json = """
                {"slug":"%s","name":"Outageville %s","kind":"CITY","country":"FR","relationship":"PARTNER","visibility":"PUBLISHED"}"""
                .formatted(slug, slug);
        return browser.send(HttpRequest.newBuilder(URI.create(portal.url("/api/v1/partners")))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    /** Runs {@code request} and checks it answered within 5 s. */
    private static HttpResponse<String> within5s(Supplier<HttpResponse<String>> request) {
        long start = System.nanoTime();
        HttpResponse<String> response = request.get();
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
        return response;
    }

    @Test
    void answers503QuicklyServesKeptPagesAndRecoversWhenTheDatabaseReturns() throws Exception {
        String admin = StaffAccounts.create(portal.bean(AccountService.class), StaffRole.ADMIN);
        HttpResponse<String> issued = browser.send(HttpRequest.newBuilder(URI.create(portal.url("/api/v1/tokens")))
                .header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString((admin + ":" + StaffAccounts.PASSWORD).getBytes(StandardCharsets.UTF_8)))
                .POST(HttpRequest.BodyPublishers.noBody()));
        assertThat(issued.statusCode()).isEqualTo(201);
        String token = issued.body().replaceAll(".*\"token\":\"([^\"]+)\".*", "$1");
        String listing = get("/agreements", "en").body();
        assertThat(get("/agreements", "ja").statusCode()).isEqualTo(200);

        proxy.cut();
        try {
            HttpResponse<String> kept = within5s(() -> get("/agreements", "en"));
            assertThat(kept.statusCode()).isEqualTo(200);
            assertThat(kept.headers().firstValue("Portal-Stale")).hasValue("true");
            assertThat(kept.body()).isEqualTo(listing);

            HttpResponse<String> page = within5s(() -> get("/meetings?year=1999", "ja"));
            assertThat(page.statusCode()).isEqualTo(503);
            assertThat(page.headers().firstValue("Retry-After")).hasValue("5");
            assertThat(page.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/html");
            assertThat(page.body()).contains("記録を一時的に表示できません").doesNotContain("Exception").doesNotContain("at org.");

            HttpResponse<String> api = within5s(() -> get("/api/v1/meetings?year=1998", "en"));
            assertThat(api.statusCode()).isEqualTo(503);
            assertThat(api.headers().firstValue("Retry-After")).hasValue("5");
            assertThat(api.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
            assertThat(api.body()).contains("database-unavailable").doesNotContain("Exception");

            HttpResponse<String> write = within5s(() -> createPartner(token, "outage-refused"));
            assertThat(write.statusCode()).isEqualTo(503);
            assertThat(write.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");

            assertThat(within5s(() -> get("/actuator/health/readiness", "en")).statusCode()).isEqualTo(503);
            assertThat(within5s(() -> get("/actuator/health/liveness", "en")).statusCode()).isEqualTo(200);
        }
        finally {
            proxy.restore();
        }

        long back = System.nanoTime();
        while (get("/actuator/health/readiness", "en").statusCode() != 200) {
            assertThat(Duration.ofNanos(System.nanoTime() - back)).isLessThan(Duration.ofSeconds(10));
            Thread.sleep(200);
        }
        assertThat(createPartner(token, "outage-after").statusCode()).isEqualTo(201);
        assertThat(get("/api/v1/partners/outage-refused", "en").statusCode()).isEqualTo(404);
        HttpResponse<String> fresh = get("/agreements", "en");
        assertThat(fresh.statusCode()).isEqualTo(200);
        assertThat(fresh.headers().firstValue("Portal-Stale")).isEmpty();
    }
}
