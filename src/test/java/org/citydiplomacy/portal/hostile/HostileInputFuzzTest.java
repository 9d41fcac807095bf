package org.citydiplomacy.portal.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.citydiplomacy.portal.accounts.AccessTokenService;
import org.citydiplomacy.portal.accounts.AccountService;
import org.citydiplomacy.portal.accounts.StaffRole;
import org.citydiplomacy.portal.hostile.HostileValues.Value;
import org.citydiplomacy.portal.hostile.OpenApiWalker.Operation;
import org.citydiplomacy.portal.hostile.OpenApiWalker.Place;
import org.citydiplomacy.portal.hostile.OpenApiWalker.Target;
import org.citydiplomacy.portal.support.CreatedRecords;
import org.citydiplomacy.portal.support.DatabaseState;
import org.citydiplomacy.portal.support.Pdfs;
import org.citydiplomacy.portal.support.PortalServerTest;
import org.citydiplomacy.portal.support.StaffAccounts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Issue 12's hostile-input test: walks the running portal's OpenAPI document and sends every
 * operation ({@link OpenApiWalker}) the corpus of {@link HostileValues} in each parameter and JSON
 * field, plus hostile bodies, content types and headers, over real HTTP: reads anonymously and with
 * a token, writes with an administrator's token. Asserts that no answer is a 5xx, that every 4xx is
 * application/problem+json, that a refused write changes no row and not the data version, and that
 * accepted text reads back exactly, in the answer and in what was stored.
 */
@PortalServerTest
class HostileInputFuzzTest {

    private static final int MINIMUM_REQUESTS = 10_000;

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    JsonMapper json;

    @Autowired
    AccountService accounts;

    @Autowired
    AccessTokenService tokens;

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();

    private final AtomicInteger requests = new AtomicInteger();
    private final List<String> failures = java.util.Collections.synchronizedList(new ArrayList<>());
    private final AtomicInteger sequence = new AtomicInteger();

    private CreatedRecords created;
    private String token;
    private String basic;
    private String partnerSlug;
    private long agreementId;
    private long relatedId;
    private long meetingId;
    private final Map<String, String> etags = new LinkedHashMap<>();
    private DatabaseState state;

    @AfterEach
    void removeCreatedRecords() {
        if (created != null) {
            created.remove();
        }
    }

    @Test
    void noHostileInputIsAServerErrorAnUntypedErrorOrAHalfSavedWrite() throws Exception {
        long started = System.nanoTime();
        created = CreatedRecords.noteBefore(jdbc);
        String admin = StaffAccounts.create(accounts, StaffRole.ADMIN);
        token = tokens.issue(admin, "fuzz", null).token();
        basic = "Basic " + Base64.getEncoder().encodeToString((admin + ":" + StaffAccounts.PASSWORD)
                .getBytes(StandardCharsets.UTF_8));
        createBaseRecords();
        JsonNode document = json.readTree(send(HttpRequest.newBuilder(url("/v3/api-docs")).GET(), false).body());
        List<Operation> operations = new OpenApiWalker(document).operations();
        // Withdrawals last: they are sent hostile keys only, and nothing after them depends on the base records.
        operations.sort(java.util.Comparator.comparing(op -> op.path().endsWith("/withdrawal")));
        assertThat(operations).as("operations in /v3/api-docs").hasSizeGreaterThan(20);
        state = DatabaseState.of(jdbc);
        // Reads change nothing: they run beside the writes, which run one at a time so that each refused
        // write can be checked against the database as it was just before.
        java.util.concurrent.ExecutorService readers = java.util.concurrent.Executors.newFixedThreadPool(2);
        List<java.util.concurrent.Future<?>> reads = new ArrayList<>();
        for (Operation operation : operations) {
            if (operation.isRead()) {
                reads.add(readers.submit(() -> {
                    fuzz(operation);
                    return null;
                }));
            }
        }
        for (Operation operation : operations) {
            if (!operation.isRead()) {
                fuzz(operation);
            }
        }
        for (java.util.concurrent.Future<?> read : reads) {
            read.get();
        }
        readers.shutdown();
        Duration took = Duration.ofNanos(System.nanoTime() - started);
        System.out.printf("Hostile input: %,d requests to %d operations in %d s%n", requests.get(), operations.size(),
                took.toSeconds());
        assertThat(failures).as("findings (%d of %d requests)", failures.size(), requests.get()).isEmpty();
        assertThat(requests.get()).isGreaterThanOrEqualTo(MINIMUM_REQUESTS);
    }

    // ---- the base: records every key names, bodies that would be accepted ----

    private void createBaseRecords() throws Exception {
        partnerSlug = "fuzz-base-" + System.nanoTime() % 1_000_000;
        expect2xx(write("POST", "/api/v1/partners", partnerBody(partnerSlug), null));
        agreementId = json.readTree(expect2xx(write("POST", "/api/v1/agreements", agreementBody(), null)).body())
                .get("id").asLong();
        relatedId = json.readTree(expect2xx(write("POST", "/api/v1/agreements", agreementBody(), null)).body())
                .get("id").asLong();
        meetingId = json.readTree(expect2xx(write("POST", "/api/v1/meetings", meetingBody(), null)).body())
                .get("id").asLong();
        for (String path : List.of("/api/v1/partners/" + partnerSlug, "/api/v1/agreements/" + agreementId,
                "/api/v1/meetings/" + meetingId)) {
            etags.put(path, send(HttpRequest.newBuilder(url(path + "/editable")).GET(), true).headers()
                    .firstValue("ETag").orElseThrow());
        }
    }

    private HttpResponse<String> write(String method, String path, Object body, String ifMatch) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(url(path))
                .method(method, HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body)))
                .header("Content-Type", "application/json");
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        return send(request, true);
    }

    private HttpResponse<String> expect2xx(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isBetween(200, 299);
        return response;
    }

    private Map<String, Object> partnerBody(String slug) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("slug", slug);
        body.put("name", "Fuzzville");
        body.put("kind", "CITY");
        body.put("country", "FR");
        return body;
    }

    private Map<String, Object> agreementBody() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", "JOINT_STATEMENT");
        body.put("title", "Fuzzed agreement");
        body.put("signedOn", "2024-05");
        body.put("partners", List.of(partnerSlug));
        body.put("signatories", List.of(Map.of("name", "Someone", "side", "CITY")));
        body.put("texts", List.of(Map.of("language", "en", "body", "The parties agree.")));
        if (relatedId > 0) {
            body.put("relations", List.of(Map.of("kind", "AMENDS", "agreementId", relatedId)));
        }
        return body;
    }

    private Map<String, Object> meetingBody() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("title", "Fuzzed meeting");
        body.put("date", "2024-06");
        body.put("kind", "FORUM");
        body.put("partners", List.of(partnerSlug));
        body.put("participants", List.of(Map.of("office", "Governor", "side", "CITY")));
        return body;
    }

    /** An accepted body for the operation, with a new slug for each new partner. */
    private Map<String, Object> baseBody(Operation operation) {
        if (operation.path().startsWith("/api/v1/partners")) {
            return partnerBody(operation.method().equals("POST") ? "fuzz-" + sequence.incrementAndGet() + "-"
                    + System.nanoTime() % 100_000 : partnerSlug);
        }
        if (operation.path().startsWith("/api/v1/agreements")) {
            return agreementBody();
        }
        if (operation.path().startsWith("/api/v1/meetings")) {
            return meetingBody();
        }
        Map<String, Object> token = new LinkedHashMap<>();
        token.put("name", "fuzz");
        token.put("days", 1);
        return token;
    }

    private String baseKey(String path, String parameter) {
        if (parameter.equals("slug")) {
            return partnerSlug;
        }
        if (parameter.equals("documentId")) {
            return "999999";
        }
        return String.valueOf(path.startsWith("/api/v1/meetings") ? meetingId : agreementId);
    }

    // ---- the walk ----

    private void fuzz(Operation operation) throws Exception {
        List<Value> corpus = HostileValues.all();
        if (operation.path().equals("/api/v1/tokens")) {
            // Each request checks a password (bcrypt, tens of milliseconds): a third of the corpus.
            List<Value> some = new ArrayList<>();
            for (int i = 0; i < corpus.size(); i++) {
                if (i % 3 == 0 || corpus.get(i).text() == null && corpus.get(i).json() != null
                        && corpus.get(i).json().startsWith("\"")) {
                    some.add(corpus.get(i));
                }
            }
            corpus = some;
        }
        boolean withdrawal = operation.path().endsWith("/withdrawal");
        for (Target target : operation.targets()) {
            for (Value value : corpus) {
                if (target.place() == Place.FIELD ? value.json() == null : value.url() == null) {
                    continue;
                }
                exchange(operation, target, value);
            }
        }
        if (!withdrawal) {
            if (operation.isRead()) {
                hostileHeaders(operation);
            }
            else if (operation.bodySchema() != null) {
                hostileBodies(operation);
            }
            else if (operation.multipart()) {
                hostileUploads(operation);
            }
        }
    }

    /** One hostile value in one place; the rest of the request as it would be accepted. */
    private void exchange(Operation operation, Target target, Value value) throws Exception {
        Map<String, String> pathValues = new LinkedHashMap<>();
        StringBuilder query = new StringBuilder();
        Map<String, String> headers = new LinkedHashMap<>();
        for (Target t : operation.targets()) {
            if (t.place() == Place.PATH) {
                pathValues.put(t.name(), t == target ? value.url() : baseKey(operation.path(), t.name()));
            }
            else if (t == target && t.place() == Place.QUERY) {
                query.append(query.isEmpty() ? "?" : "&").append(t.name()).append('=').append(value.url());
            }
            else if (t.place() == Place.HEADER) {
                headers.put(t.name(), t == target ? headerValue(value) : null);
            }
        }
        String path = operation.path();
        for (Map.Entry<String, String> p : pathValues.entrySet()) {
            path = path.replace("{" + p.getKey() + "}", p.getValue());
        }
        if (operation.isRead()) {
            read(operation, path + query, target, value, false);
            read(operation, path + query, target, value, true);
            return;
        }
        String body = null;
        if (operation.bodySchema() != null) {
            body = json.writeValueAsString(baseBody(operation));
            if (target.place() == Place.FIELD) {
                body = withField(baseBody(operation), target.name(), value.json());
            }
        }
        String ifMatch = headers.containsKey("If-Match") ? headers.get("If-Match") : null;
        if (headers.containsKey("If-Match") && ifMatch == null) {
            ifMatch = etags.getOrDefault(operation.path().replace("{id}", pathValues.getOrDefault("id", ""))
                    .replace("{slug}", pathValues.getOrDefault("slug", "")), "\"0\"");
        }
        if (operation.multipart()) {
            upload(operation, path + query, Pdfs.onePage(), target + "=" + value);
            return;
        }
        checkWrite(operation, target, value, path + query, body, "application/json", ifMatch, "application/json");
    }

    private static String headerValue(Value value) {
        String text = value.text() != null ? value.text() : value.json();
        // A header cannot carry control characters or more than one line; the client would refuse them.
        return text == null ? value.url() : text.replaceAll("[\\x00-\\x1f\\x7f]", "").replaceAll("[^\\x20-\\x7e]", "?");
    }

    /** The base body with the field at {@code name} ({@code a}, {@code a[0]}, {@code a[0].b}) replaced by raw JSON. */
    private String withField(Map<String, Object> body, String name, String rawJson) {
        String placeholder = "@@FUZZ" + sequence.incrementAndGet() + "@@";
        String[] parts = name.split("\\.", 2);
        String top = parts[0];
        if (top.endsWith("[0]")) {
            String list = top.substring(0, top.length() - 3);
            Object current = body.get(list);
            Object first = current instanceof List<?> l && !l.isEmpty() ? l.get(0) : null;
            if (parts.length == 1) {
                body.put(list, List.of(placeholder));
            }
            else {
                Map<String, Object> item = first instanceof Map<?, ?> m ? new LinkedHashMap<>(castMap(m)) : new LinkedHashMap<>();
                item.put(parts[1], placeholder);
                body.put(list, List.of(item));
            }
        }
        else {
            body.put(top, placeholder);
        }
        return json.writeValueAsString(body).replace("\"" + placeholder + "\"", rawJson);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> castMap(Map<?, ?> map) {
        return (Map<String, Object>) map;
    }

    // ---- reads ----

    private void read(Operation operation, String pathAndQuery, Object target, Object value, boolean withToken)
            throws Exception {
        HttpResponse<String> response = send(HttpRequest.newBuilder(url(pathAndQuery)).GET(), withToken);
        checkAnswer(operation + " " + target + "=" + value + (withToken ? " (token)" : " (anonymous)"), response);
    }

    private void hostileHeaders(Operation operation) throws Exception {
        String path = operation.path();
        for (Target t : operation.targets()) {
            if (t.place() == Place.PATH) {
                path = path.replace("{" + t.name() + "}", baseKey(operation.path(), t.name()));
            }
        }
        List<String[]> headers = List.of(new String[] { "Accept", "text/html" }, new String[] { "Accept", "garbage/////" },
                new String[] { "Accept", "application/xml" }, new String[] { "Accept-Language", "xx-INVALID;q=abc, *;q=-1" },
                new String[] { "If-None-Match", "\"" + "9".repeat(300) }, new String[] { "Authorization", "Bearer ' OR 1=1 --" },
                new String[] { "Authorization", "Basic !!!notbase64" }, new String[] { "Authorization", "Bearer " + "x".repeat(5000) },
                new String[] { "Content-Type", "application/json; charset=ebcdic" }, new String[] { "Range", "bytes=-1-999999999999" });
        for (String[] header : headers) {
            HttpResponse<String> response = send(HttpRequest.newBuilder(url(path)).header(header[0], header[1]).GET(),
                    false);
            checkAnswer(operation + " with " + header[0] + ": " + header[1], response);
        }
    }

    // ---- writes ----

    private void hostileBodies(Operation operation) throws Exception {
        String path = operation.path().replace("{id}", baseKey(operation.path(), "id")).replace("{slug}", partnerSlug);
        String ifMatch = etags.get(path);
        String valid = json.writeValueAsString(baseBody(operation));
        List<String[]> bodies = new ArrayList<>();
        bodies.add(new String[] { "empty", "", "application/json" });
        bodies.add(new String[] { "null", "null", "application/json" });
        bodies.add(new String[] { "array", "[]", "application/json" });
        bodies.add(new String[] { "object", "{}", "application/json" });
        bodies.add(new String[] { "string", "\"text\"", "application/json" });
        bodies.add(new String[] { "truncated", valid.substring(0, valid.length() / 2), "application/json" });
        bodies.add(new String[] { "trailing", valid + " {\"title\":\"again\"}", "application/json" });
        bodies.add(new String[] { "deep-nesting", "[".repeat(100_000) + "]".repeat(100_000), "application/json" });
        bodies.add(new String[] { "deep-object", "{\"a\":".repeat(20_000) + "1" + "}".repeat(20_000), "application/json" });
        bodies.add(new String[] { "oversized", valid.replaceFirst("\\{", "{\"staffNotes\":\"" + "x".repeat(3_000_000) + "\","),
                "application/json" });
        bodies.add(new String[] { "as-text", valid, "text/plain" });
        bodies.add(new String[] { "as-xml", "<agreement><title>x</title></agreement>", "application/xml" });
        bodies.add(new String[] { "as-form", "title=x&type=OTHER", "application/x-www-form-urlencoded" });
        bodies.add(new String[] { "as-multipart", "--x\r\nContent-Disposition: form-data; name=\"title\"\r\n\r\nx\r\n--x--\r\n",
                "multipart/form-data; boundary=x" });
        bodies.add(new String[] { "no-type", valid, null });
        bodies.add(new String[] { "bad-type", valid, "garbage" });
        bodies.add(new String[] { "bad-charset", valid, "application/json; charset=nonsense" });
        for (String[] body : bodies) {
            checkWrite(operation, "body", body[0], path, body[1], body[2], ifMatch, "application/json");
        }
        checkWriteBytes(operation, "body", "invalid-utf8", path, invalidUtf8(valid), "application/json", ifMatch,
                "application/json");
        // The answer would be refused: refused before anything is written.
        checkWrite(operation, "Accept", "text/html", path, valid, "application/json", ifMatch, "text/html");
        checkWrite(operation, "Accept", "image/png", path, valid, "application/json", ifMatch, "image/png");
    }

    private static byte[] invalidUtf8(String valid) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int cut = valid.indexOf("Fuzz");
        byte[] bytes = valid.getBytes(StandardCharsets.UTF_8);
        if (cut < 0) {
            cut = 2;
        }
        out.write(bytes, 0, cut);
        out.writeBytes(new byte[] { (byte) 0xFF, (byte) 0xC0, (byte) 0xAE, (byte) 0xED, (byte) 0xA0, (byte) 0x80 });
        out.write(bytes, cut, bytes.length - cut);
        return out.toByteArray();
    }

    private void hostileUploads(Operation operation) throws Exception {
        String path = operation.path().replace("{id}", String.valueOf(agreementId)) + "?language=en";
        upload(operation, path, new byte[0], "empty file");
        upload(operation, path, "%PDF-1.4 not really".getBytes(StandardCharsets.US_ASCII), "fake PDF");
        upload(operation, path, "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8), "HTML");
        // Over the documents' limit (10 MB) and under the container's: the portal's own refusal. Bodies over
        // the container's limit are refused while being sent, which ContainerErrorsTest checks over a socket.
        // (Named plainly: a name Tomcat refuses stops the reading early, and the portal then closes the
        // connection on the unread rest of the body, as it should, before java.net.http reads the answer.)
        upload(operation, path, new byte[10 * 1024 * 1024 + 1], "10 MB and a byte", "big.pdf");
        checkWrite(operation, "body", "json-instead-of-multipart", path, "{}", "application/json", null, "application/json");
    }

    private void upload(Operation operation, String pathAndQuery, byte[] file, String what) throws Exception {
        upload(operation, pathAndQuery, file, what, "../../x\u0000.pdf");
    }

    private void upload(Operation operation, String pathAndQuery, byte[] file, String what, String fileName)
            throws Exception {
        String boundary = "fuzzboundary" + sequence.incrementAndGet();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName + "\"\r\n"
                + "Content-Type: application/pdf\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(file);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.US_ASCII));
        checkWriteBytes(operation, "upload", what, pathAndQuery, body.toByteArray(),
                "multipart/form-data; boundary=" + boundary, null, "application/json");
    }

    private void checkWrite(Operation operation, Object target, Object value, String pathAndQuery, String body,
            String contentType, String ifMatch, String accept) throws Exception {
        checkWriteBytes(operation, target, value, pathAndQuery, body == null ? null : body.getBytes(StandardCharsets.UTF_8),
                contentType, ifMatch, accept);
    }

    private void checkWriteBytes(Operation operation, Object target, Object value, String pathAndQuery, byte[] body,
            String contentType, String ifMatch, String accept) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(url(pathAndQuery))
                .method(operation.method(), body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofByteArray(body))
                .header("Accept", accept);
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        boolean tokenRequest = operation.path().equals("/api/v1/tokens");
        if (tokenRequest) {
            request.header("Authorization", basic);
        }
        HttpResponse<String> response = send(request, !tokenRequest);
        String what = operation + " " + target + "=" + value;
        checkAnswer(what, response);
        DatabaseState after = DatabaseState.of(jdbc);
        if (response.statusCode() >= 400) {
            if (!after.equals(state)) {
                failures.add(what + ": refused with " + response.statusCode() + " but the database changed: " + state
                        + " -> " + after);
            }
        }
        else if (response.statusCode() < 300) {
            response.headers().firstValue("ETag").ifPresent(etag -> etags.put(recordPath(operation, pathAndQuery, response), etag));
            if (target instanceof Target t && value instanceof Value v && t.text() && v.text() != null) {
                readsBack(what, operation, pathAndQuery, response, t.name(), v.text());
            }
        }
        state = after;
    }

    private String recordPath(Operation operation, String pathAndQuery, HttpResponse<String> response) {
        if (operation.method().equals("POST")) {
            return response.headers().firstValue("Location").map(l -> URI.create(l).getPath()).orElse(pathAndQuery);
        }
        return pathAndQuery;
    }

    /** The answer and the stored record both hold exactly the text sent (a blank text is "not given"). */
    private void readsBack(String what, Operation operation, String pathAndQuery, HttpResponse<String> response,
            String field, String sent) throws Exception {
        if (operation.path().equals("/api/v1/tokens")) {
            return;
        }
        String expected = sent.isBlank() ? null : sent;
        JsonNode answered = at(json.readTree(response.body()).path("command"), field);
        String record = recordPath(operation, pathAndQuery, response);
        JsonNode stored = at(json.readTree(send(HttpRequest.newBuilder(url(record + "/editable")).GET(), true).body())
                .path("command"), field);
        String answeredText = answered.isMissingNode() || answered.isNull() ? null : answered.asString();
        String storedText = stored.isMissingNode() || stored.isNull() ? null : stored.asString();
        if (!java.util.Objects.equals(expected, storedText) || !java.util.Objects.equals(expected, answeredText)) {
            failures.add(what + ": sent " + abbreviate(sent) + ", answered " + abbreviate(answeredText) + ", stored "
                    + abbreviate(storedText));
        }
    }

    private static JsonNode at(JsonNode node, String field) {
        JsonNode current = node;
        for (String part : field.split("\\.")) {
            if (part.endsWith("[0]")) {
                current = current.path(part.substring(0, part.length() - 3)).path(0);
            }
            else {
                current = current.path(part);
            }
        }
        return current;
    }

    // ---- every answer ----

    private void checkAnswer(String what, HttpResponse<String> response) {
        int status = response.statusCode();
        if (status >= 500) {
            failures.add(what + ": " + status + " " + abbreviate(response.body()));
        }
        else if (status >= 400) {
            String type = response.headers().firstValue("Content-Type").orElse("");
            if (!type.startsWith("application/problem+json")) {
                failures.add(what + ": " + status + " typed '" + type + "' " + abbreviate(response.body()));
            }
        }
    }

    private HttpResponse<String> send(HttpRequest.Builder request, boolean withToken) throws Exception {
        if (withToken) {
            request.setHeader("Authorization", "Bearer " + token);
        }
        requests.incrementAndGet();
        request.timeout(Duration.ofSeconds(60));
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        }
        catch (java.io.IOException ex) {
            // The portal closed the connection on a body it refused to read: resend once to see its answer.
            try {
                return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            }
            catch (java.io.IOException again) {
                throw new AssertionError("No answer to " + request.build() + ": " + again, again);
            }
        }
    }

    private URI url(String pathAndQuery) {
        return URI.create("http://localhost:" + port + pathAndQuery);
    }

    private static String abbreviate(String text) {
        if (text == null) {
            return "null";
        }
        String shown = text.length() > 300 ? text.substring(0, 300) + "…(" + text.length() + ")" : text;
        return shown.replace("\u0000", "\\0");
    }
}
