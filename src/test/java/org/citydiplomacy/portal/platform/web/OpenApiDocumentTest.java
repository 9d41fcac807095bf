package org.citydiplomacy.portal.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.citydiplomacy.portal.support.PortalTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The API contract is a committed file, {@code docs/openapi.json}, from which clients are generated
 * (the build generates one, see {@code GeneratedClientTest}). Any change of the API shows in a review
 * as a change of that file: this test fails when the running portal's {@code /v3/api-docs} differs.
 * After an intended change, refresh the file with
 * {@code ./mvnw verify -Dtest=OpenApiDocumentTest -Dopenapi.write=true} and commit it.
 */
@PortalTest
class OpenApiDocumentTest {

    static final Path DOCUMENT = Path.of("docs", "openapi.json");

    @Autowired
    MockMvc mvc;

    @Test
    void servedDocumentIsTheCommittedContract() throws Exception {
        String served = mvc.perform(get("/v3/api-docs")).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        String normalised = normalise(served);
        if (Boolean.getBoolean("openapi.write")) {
            Files.writeString(DOCUMENT, normalised, StandardCharsets.UTF_8);
        }
        String committed = Files.exists(DOCUMENT) ? Files.readString(DOCUMENT, StandardCharsets.UTF_8) : "";
        assertThat(normalised)
                .withFailMessage(() -> "The portal's /v3/api-docs differs from the committed " + DOCUMENT
                        + firstDifference(committed, normalised)
                        + "\nIf the change is intended, refresh the file with"
                        + " ./mvnw verify -Dtest=OpenApiDocumentTest -Dopenapi.write=true"
                        + " -Dit.test=NONE -Dfailsafe.failIfNoSpecifiedTests=false, and commit it.")
                .isEqualTo(committed);
    }

    /** The document promises a problem+json 400 for an id that is not a number (to readers; staff paths ask for a token first). */
    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = { "/api/v1/agreements/abc", "/api/v1/meetings/1x",
            "/api/v1/agreements/1/documents/x" })
    void aMalformedIdIsTheDocumented400(String url) throws Exception {
        var answer = mvc.perform(get(url)).andReturn().getResponse();

        assertThat(answer.getStatus()).isEqualTo(400);
        assertThat(answer.getContentType()).startsWith("application/problem+json");
    }

    /** Object keys sorted at every level, arrays kept in their order, two-space indentation, a final newline. */
    static String normalise(String document) throws IOException {
        JsonMapper mapper = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();
        JsonNode sorted = sort(mapper.readTree(document), mapper);
        return mapper.writeValueAsString(sorted).replace("\r\n", "\n") + "\n";
    }

    private static JsonNode sort(JsonNode node, JsonMapper mapper) {
        if (node.isObject()) {
            Map<String, JsonNode> fields = new TreeMap<>();
            node.properties().forEach(entry -> fields.put(entry.getKey(), sort(entry.getValue(), mapper)));
            ObjectNode result = mapper.createObjectNode();
            fields.forEach(result::set);
            return result;
        }
        if (node.isArray()) {
            List<JsonNode> items = new ArrayList<>();
            node.forEach(item -> items.add(sort(item, mapper)));
            return mapper.createArrayNode().addAll(items);
        }
        return node;
    }

    private static String firstDifference(String expected, String actual) {
        String[] left = expected.split("\n", -1);
        String[] right = actual.split("\n", -1);
        for (int i = 0; i < Math.max(left.length, right.length); i++) {
            String a = i < left.length ? left[i] : "<end>";
            String b = i < right.length ? right[i] : "<end>";
            if (!a.equals(b)) {
                return " from line " + (i + 1) + ":\n  committed: " + a.strip() + "\n  served:    " + b.strip();
            }
        }
        return "";
    }
}
