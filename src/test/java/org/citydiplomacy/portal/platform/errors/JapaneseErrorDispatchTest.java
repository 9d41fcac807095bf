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
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Refusals that Spring MVC hands to the container's error dispatch (an unknown address, a method or
 * media type an address does not take, an answer the client would refuse) and an upload over the
 * limit, and the container's own refusals, over real HTTP: problem+json in Japanese for {@code Accept-Language: ja}, English otherwise.
 */
@PortalServerTest
class JapaneseErrorDispatchTest {

    @LocalServerPort
    int port;

    @Autowired
    AccountService accounts;

    @Autowired
    AccessTokenService tokens;

    @Autowired
    JsonMapper json;

    private final HttpClient http = HttpClient.newHttpClient();

    private String token;

    @BeforeEach
    void issueToken() {
        token = tokens.issue(StaffAccounts.create(accounts, StaffRole.EDITOR), "dispatch", null).token();
    }

    private HttpRequest.Builder request(String path, String language) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        return language == null ? request : request.header("Accept-Language", language);
    }

    /** The problem's title, once its status and media type are checked. */
    private String title(HttpRequest.Builder request, int status) throws Exception {
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(response.statusCode()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        JsonNode problem = json.readTree(response.body());
        assertThat(problem.get("status").asInt()).isEqualTo(status);
        assertThat(problem.get("detail").asString()).isNotBlank().doesNotContain("Exception");
        return problem.get("title").asString();
    }

    @Test
    void anUnknownApiAddressIsNotFoundInJapanese() throws Exception {
        assertThat(title(request("/api/v1/treaties", "ja"), 404)).isEqualTo("見つかりません");
        assertThat(title(request("/api/v1/treaties", null), 404)).isEqualTo("Not found");
    }

    @Test
    void aMethodTheAddressDoesNotTakeIsNotAllowedInJapanese() throws Exception {
        HttpRequest.Builder delete = request("/api/v1/agreements/1", "ja").DELETE().header("Authorization", "Bearer " + token);
        assertThat(title(delete, 405)).isEqualTo("許可されていないメソッドです");
        assertThat(title(request("/api/v1/agreements/1", "en").DELETE().header("Authorization", "Bearer " + token), 405))
                .isEqualTo("Method not allowed");
    }

    @Test
    void aReadWhoseAnswerTheClientWouldRefuseIsNotAcceptableInJapanese() throws Exception {
        assertThat(title(request("/api/v1/agreements", "ja").header("Accept", "text/html"), 406))
                .isEqualTo("受け入れ可能な形式で応答できません");
        assertThat(title(request("/api/v1/agreements", null).header("Accept", "text/html"), 406)).isEqualTo("Not acceptable");
    }

    @Test
    void anUploadAddressGivenJsonIsAnUnsupportedMediaTypeInJapanese() throws Exception {
        HttpRequest.Builder json = request("/api/v1/agreements/1/documents", "ja").header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{}"));
        assertThat(title(json, 415)).isEqualTo("サポートされていないメディアタイプです");
    }

    /** Refused by Tomcat itself, before any filter: its error report speaks the reader's language too. */
    @Test
    void aPathTheContainerRefusesIsABadRequestInJapanese() throws Exception {
        assertThat(title(request("/api/v1/partners/..%2F..%2Fetc%2Fpasswd", "ja"), 400)).isEqualTo("不正なリクエストです");
        assertThat(title(request("/api/v1/partners/..%2F..%2Fetc%2Fpasswd", null), 400)).isEqualTo("Bad request");
    }

    @Test
    void theErrorAddressItselfIsNotFoundInJapanese() throws Exception {
        assertThat(title(request("/error", "ja"), 404)).isEqualTo("見つかりません");
    }

    /** Over a raw socket, as in ContainerErrorsTest: the portal answers while the client is still sending. */
    @Test
    void anUploadOverTheLimitIsContentTooLargeInJapanese() throws Exception {
        String answer = upload(13 * 1024 * 1024, "ja");
        assertThat(answer).startsWith("HTTP/1.1 413");
        String body = answer.substring(answer.indexOf("\r\n\r\n") + 4);
        assertThat(body).contains("\"title\":\"リクエスト本文が大きすぎます\"");
        assertThat(upload(13 * 1024 * 1024, "en")).contains("\"title\":\"Content too large\"");
    }

    private String upload(int size, String language) throws IOException {
        String boundary = "limitboundary";
        byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"language\"\r\n\r\nen\r\n--" + boundary
                + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"big.pdf\"\r\nContent-Type: application/pdf\r\n\r\n")
                .getBytes(StandardCharsets.US_ASCII);
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.US_ASCII);
        try (Socket socket = new Socket("localhost", port)) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            out.write(("POST /api/v1/agreements/1/documents HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer " + token
                    + "\r\nAccept-Language: " + language + "\r\nContent-Type: multipart/form-data; boundary=" + boundary
                    + "\r\nContent-Length: " + (head.length + size + tail.length) + "\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
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
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
