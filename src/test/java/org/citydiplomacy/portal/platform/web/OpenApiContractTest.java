package org.citydiplomacy.portal.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What makes the committed contract ({@code docs/openapi.json}) usable by a generated client, checked
 * on the file itself, so that a refresh cannot quietly bring back what issue 12 found: filters as one
 * object, {@code *}/{@code *} responses, {@code list_2} operation ids, 200 for a create.
 */
class OpenApiContractTest {

    private static JsonNode document;

    @BeforeAll
    static void read() throws Exception {
        document = JsonMapper.builder().build().readTree(Files.readString(OpenApiDocumentTest.DOCUMENT));
    }

    private static void eachOperation(BiConsumer<String, JsonNode> check) {
        document.get("paths").properties().forEach(path -> path.getValue().properties().forEach(
                operation -> check.accept(operation.getKey().toUpperCase() + " " + path.getKey(), operation.getValue())));
    }

    @Test
    void operationIdsReadAsWordsAndEachOperationHasATagAndASummary() {
        List<String> ids = new ArrayList<>();
        eachOperation((name, operation) -> {
            ids.add(operation.get("operationId").asString());
            assertThat(operation.get("operationId").asString()).as(name).matches("[a-z]+([A-Z][a-z]+)*");
            assertThat(operation.get("tags").get(0).asString()).as(name)
                    .isIn(ApiDocs.AGREEMENTS, ApiDocs.PARTNERS, ApiDocs.MEETINGS, ApiDocs.TOKENS, ApiDocs.IMPORTS);
            assertThat(operation.path("summary").asString()).as(name).isNotBlank();
        });
        assertThat(ids).doesNotHaveDuplicates().contains("listAgreements", "getAgreement", "createAgreement",
                "updateAgreement", "listPartners", "getPartner", "createPartner", "updatePartner", "getPartnerTimeline",
                "listMeetings", "getMeeting", "createMeeting", "updateMeeting", "createToken");
    }

    @Test
    void everyAnswerIsJsonOrProblemJsonAndEveryErrorIsAProblem() {
        eachOperation((name, operation) -> operation.get("responses").properties().forEach(response -> {
            List<String> types = new ArrayList<>(response.getValue().path("content").propertyNames());
            if (response.getKey().startsWith("2")) {
                assertThat(types).as(name + " " + response.getKey())
                        .isNotEmpty().allMatch(t -> t.equals("application/json") || t.equals("application/pdf"));
            }
            else {
                assertThat(types).as(name + " " + response.getKey()).containsExactly("application/problem+json");
            }
        }));
    }

    @Test
    void createsAnswer201AndTakeAnIdempotencyKey() {
        eachOperation((name, operation) -> {
            String id = operation.get("operationId").asString();
            if (id.startsWith("create") || id.startsWith("attach")) {
                assertThat(operation.get("responses").has("201")).as(name).isTrue();
                assertThat(operation.get("responses").has("200")).as(name).isFalse();
            }
            if (id.startsWith("create") && !id.equals("createToken")) {
                assertThat(operation.get("parameters")).as(name)
                        .anySatisfy(p -> assertThat(p.get("name").asString()).isEqualTo("Idempotency-Key"));
                assertThat(operation.get("responses").propertyNames()).as(name).contains("409", "422");
            }
        });
    }

    @Test
    void everyFilterIsItsOwnTypedParameterAndAMalformedIdIsA400() {
        eachOperation((name, operation) -> operation.path("parameters").forEach(parameter -> {
            JsonNode schema = parameter.get("schema");
            assertThat(schema.has("$ref") || schema.has("type")).as(name + " " + parameter.get("name")).isTrue();
            assertThat(schema.path("type").asString()).as(name + " " + parameter.get("name")).isNotEqualTo("object");
            if ("path".equals(parameter.get("in").asString()) && "integer".equals(schema.path("type").asString())) {
                assertThat(operation.get("responses").has("400")).as(name + ": a malformed id").isTrue();
            }
        }));
        JsonNode list = document.get("paths").get("/api/v1/agreements").get("get").get("parameters");
        assertThat(list.findValuesAsString("name"))
                .containsExactly("partner", "type", "area", "year", "from", "to", "q", "sort", "page", "size");
        assertThat(list.get(9).get("schema").get("default").asInt()).isEqualTo(20);
        assertThat(list.get(9).get("schema").get("maximum").asInt()).isEqualTo(100);
    }

    @Test
    void aCreateMayLeaveOutWhatHasADefault() {
        JsonNode schemas = document.get("components").get("schemas");
        Map.of("AgreementCommand", List.of("status", "visibility"), "PartnerCommand", List.of("visibility"),
                "MeetingCommand", List.of("visibility")).forEach((schema, optional) -> optional.forEach(field -> {
                    List<String> required = new ArrayList<>();
                    schemas.get(schema).get("required").forEach(r -> required.add(r.asString()));
                    assertThat(required).as(schema).doesNotContain(field);
                    assertThat(schemas.get(schema).get("properties").get(field).has("default")).as(schema + "." + field).isTrue();
                }));
        JsonNode signedOn = schemas.get("AgreementCommand").get("properties").get("signedOn");
        assertThat(signedOn.get("type").asString()).isEqualTo("string");
        assertThat(signedOn.get("pattern").asString()).isEqualTo(ApiDocs.PARTIAL_DATE_PATTERN);
    }
}
