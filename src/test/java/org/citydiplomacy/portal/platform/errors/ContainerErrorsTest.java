package org.citydiplomacy.portal.platform.errors;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import org.citydiplomacy.portal.accounts.AccessTokenService;
import org.citydiplomacy.portal.accounts.AccountService;
import org.citydiplomacy.portal.accounts.StaffRole;
import org.citydiplomacy.portal.support.PortalServerTest;
import org.citydiplomacy.portal.support.StaffAccounts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Errors Tomcat answers itself, over real HTTP: problem+json under /api/, the portal's page elsewhere,
 * each with the portal's security headers and never Tomcat's report.
 */
@PortalServerTest
class ContainerErrorsTest {

    private static final String LONG = "a".repeat(100_000);

    @LocalServerPort
    int port;

    @Autowired
    AccountService accounts;

    @Autowired
    AccessTokenService tokens;

    private final HttpClient http = HttpClient.newHttpClient();

    private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private HttpRequest.Builder get(String pathAndQuery) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + pathAndQuery));
    }

    private static void assertPortalAnswer(HttpResponse<String> response, int status, String type) {
        assertThat(response.statusCode()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith(type));
        assertThat(response.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(response.headers().firstValue("X-Frame-Options")).hasValue("DENY");
        assertThat(response.headers().firstValue("Content-Security-Policy")).isPresent();
        assertThat(response.body()).doesNotContain("Apache Tomcat").doesNotContain("Exception").doesNotContain("at org.");
    }

    @Test
    void anEncodedTraversalInAnApiPathIsABadRequestProblem() throws Exception {
        assertPortalAnswer(send(get("/api/v1/partners/..%2F..%2Fetc%2Fpasswd")), 400, "application/problem+json");
    }

    @Test
    void aPathTheSecurityFirewallRejectsIsABadRequestProblemWithTheHeaders() throws Exception {
        assertPortalAnswer(send(get("/api/v1/partners/a%3Bb")), 400, "application/problem+json");
        assertPortalAnswer(send(get("/api/v1/agreements//history")), 400, "application/problem+json");
    }

    @Test
    void anEncodedTraversalInAPageIsTheBadRequestPage() throws Exception {
        HttpResponse<String> response = send(get("/partners/..%2F..%2Fetc%2Fpasswd").header("Accept", "text/html"));
        assertPortalAnswer(response, 400, "text/html");
        assertThat(response.body()).contains("Error 400");
    }

    @Test
    void aHundredThousandCharacterQueryStringIsRefusedAsAProblem() throws Exception {
        assertPortalAnswer(send(get("/api/v1/agreements?q=" + LONG)), 400, "application/problem+json");
    }

    @Test
    void aHundredThousandCharacterHeaderIsRefusedAsAProblemUnderApi() throws Exception {
        assertPortalAnswer(send(get("/api/v1/agreements").header("X-Long", LONG)), 400, "application/problem+json");
        HttpResponse<String> token = send(get("/api/v1/tokens").POST(HttpRequest.BodyPublishers.noBody())
                .header("Authorization", "Basic " + java.util.Base64.getEncoder()
                        .encodeToString(("aiko:" + LONG).getBytes(StandardCharsets.UTF_8))));
        assertPortalAnswer(token, 400, "application/problem+json");
    }

    @Test
    void aHundredThousandCharacterHeaderOnAPageIsTheErrorPage() throws Exception {
        assertPortalAnswer(send(get("/agreements").header("X-Long", LONG).header("Accept", "text/html")), 400, "text/html");
    }

    @Test
    void queryWordsThatAreNotUtf8AreABadRequestNotAServerError() throws Exception {
        assertPortalAnswer(send(get("/api/v1/agreements?q=x%ED%A0%80y")), 400, "application/problem+json");
        HttpResponse<String> page = send(get("/agreements?q=x%FF%FEy").header("Accept", "text/html"));
        assertPortalAnswer(page, 400, "text/html");
        assertThat(page.body()).contains("<main");
    }

    /**
     * Over a raw socket: the portal answers 413 and closes the connection while the client is still
     * sending, which java.net.http reports as an I/O error instead of the answer.
     */
    @Test
    void aThirtyMegabyteUploadIsContentTooLargeAsAProblem() throws Exception {
        String token = tokens.issue(StaffAccounts.create(accounts, StaffRole.EDITOR), "upload", null).token();
        String boundary = "hostileboundary";
        byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"language\"\r\n\r\nen\r\n--" + boundary
                + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"big.pdf\"\r\nContent-Type: application/pdf\r\n\r\n")
                .getBytes(StandardCharsets.US_ASCII);
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.US_ASCII);
        int size = 30 * 1024 * 1024;
        String answer;
        try (Socket socket = new Socket("localhost", port)) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            out.write(("POST /api/v1/agreements/1/documents HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer " + token
                    + "\r\nContent-Type: multipart/form-data; boundary=" + boundary + "\r\nContent-Length: "
                    + (head.length + size + tail.length) + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            try {
                out.write(head);
                byte[] chunk = new byte[64 * 1024];
                for (int sent = 0; sent < size; sent += chunk.length) {
                    out.write(chunk);
                }
                out.write(tail);
                out.flush();
            }
            catch (IOException closedWhileSending) {
                // The portal stopped reading: its answer is already there.
            }
            answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        }
        assertThat(answer).startsWith("HTTP/1.1 413");
        String headers = answer.substring(0, answer.indexOf("\r\n\r\n")).toLowerCase(java.util.Locale.ROOT);
        assertThat(headers).contains("content-type: application/problem+json").contains("x-content-type-options: nosniff");
        assertThat(answer).doesNotContain("Apache Tomcat").doesNotContain("Exception");
    }

    @Test
    void theErrorAddressItselfIsNotFound() throws Exception {
        assertPortalAnswer(send(get("/error").header("Accept", "text/html")), 404, "text/html");
        assertPortalAnswer(send(get("/error")), 404, "application/problem+json");
    }
}
