package org.citydiplomacy.portal.hostile;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

import tools.jackson.databind.JsonNode;

/**
 * Reads the portal's OpenAPI document ({@code /v3/api-docs}) into what the fuzz test needs: every
 * operation, and in each every place a hostile value can go (path and query parameters, headers,
 * and each field of a JSON body, one level into lists of objects). A query parameter documented as
 * one object (springdoc's view of a bound record) counts as its properties.
 */
final class OpenApiWalker {

    enum Place { PATH, QUERY, HEADER, FIELD }

    /**
     * Where a value goes: a parameter's name, or a body field's path ({@code title},
     * {@code signatories[0].name}, {@code partners[0]}). {@code text} marks free text, whose accepted
     * value must read back exactly.
     */
    record Target(Place place, String name, boolean text) {
    }

    record Operation(String method, String path, List<Target> targets, String bodySchema, boolean multipart) {

        boolean isRead() {
            return method.equals("GET");
        }

        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    /** Fields whose accepted value is normalised on purpose (a canonical tag, a date at its precision). */
    private static final Set<String> NORMALISED = Set.of("language", "signedOn", "date", "endDate",
            "relationshipSince", "reviewOn", "expiresOn");

    private final JsonNode document;

    OpenApiWalker(JsonNode document) {
        this.document = document;
    }

    List<Operation> operations() {
        List<Operation> operations = new ArrayList<>();
        for (Map.Entry<String, JsonNode> path : document.get("paths").properties()) {
            for (Map.Entry<String, JsonNode> method : path.getValue().properties()) {
                operations.add(operation(method.getKey().toUpperCase(java.util.Locale.ROOT), path.getKey(),
                        method.getValue()));
            }
        }
        return operations;
    }

    private Operation operation(String method, String path, JsonNode operation) {
        List<Target> targets = new ArrayList<>();
        for (JsonNode parameter : operation.path("parameters")) {
            Place place = switch (parameter.get("in").asString()) {
                case "path" -> Place.PATH;
                case "header" -> Place.HEADER;
                default -> Place.QUERY;
            };
            JsonNode schema = resolve(parameter.path("schema"));
            if (place == Place.QUERY && schema.has("properties")) {
                for (String property : schema.get("properties").propertyNames()) {
                    targets.add(new Target(Place.QUERY, property, false));
                }
            }
            else {
                targets.add(new Target(place, parameter.get("name").asString(), false));
            }
        }
        JsonNode content = operation.path("requestBody").path("content");
        String bodySchema = null;
        if (content.has("application/json")) {
            JsonNode ref = content.get("application/json").path("schema").path("$ref");
            bodySchema = ref.isMissingNode() ? null : ref.asString().substring(ref.asString().lastIndexOf('/') + 1);
            fields(resolve(content.get("application/json").path("schema")), "", targets, 0);
        }
        return new Operation(method, path, targets, bodySchema, content.has("multipart/form-data"));
    }

    private void fields(JsonNode schema, String prefix, List<Target> targets, int depth) {
        Iterator<Map.Entry<String, JsonNode>> properties = schema.path("properties").properties().iterator();
        while (properties.hasNext()) {
            Map.Entry<String, JsonNode> property = properties.next();
            String name = prefix + property.getKey();
            JsonNode field = resolve(property.getValue());
            targets.add(new Target(Place.FIELD, name, isFreeText(property.getKey(), field)));
            if ("array".equals(field.path("type").asString()) && depth == 0) {
                JsonNode items = resolve(field.path("items"));
                if (items.has("properties")) {
                    fields(items, name + "[0].", targets, depth + 1);
                }
                else {
                    targets.add(new Target(Place.FIELD, name + "[0]", false));
                }
            }
        }
    }

    private static boolean isFreeText(String name, JsonNode field) {
        return "string".equals(field.path("type").asString()) && !field.has("enum") && !field.has("pattern")
                && !field.has("format") && !NORMALISED.contains(name);
    }

    private JsonNode resolve(JsonNode schema) {
        JsonNode ref = schema.path("$ref");
        if (ref.isMissingNode()) {
            return schema;
        }
        String name = ref.asString().substring(ref.asString().lastIndexOf('/') + 1);
        return document.path("components").path("schemas").path(name);
    }
}
