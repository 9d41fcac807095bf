package org.citydiplomacy.portal.platform.web;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

import org.citydiplomacy.portal.shared.InvalidCommandException;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * JSON Merge Patch (RFC 7386) onto a record's command: what a {@code PATCH} names changes, a
 * {@code null} removes, everything else stays as it is, so a client that knows one field loses no
 * other. The patched command then goes through the same checks as a {@code PUT}.
 */
@Component
public class MergePatch {

    public static final String MEDIA_TYPE = "application/merge-patch+json";
    public static final MediaType MEDIA = MediaType.parseMediaType(MEDIA_TYPE);

    private final JsonMapper json;

    MergePatch(JsonMapper json) {
        this.json = json;
    }

    /**
     * @param current the record's current command (its editable state)
     * @throws InvalidCommandException naming every field the patch does not know or whose value cannot be read
     */
    public <T extends Record> T apply(T current, JsonNode patch, Class<T> type) {
        InvalidCommandException.Collector problems = new InvalidCommandException.Collector();
        if (patch == null || !patch.isObject()) {
            problems.reject("", "validation.patch.object");
            problems.throwIfAny();
        }
        Set<String> known = Arrays.stream(type.getRecordComponents()).map(c -> c.getName())
                .collect(Collectors.toSet());
        patch.propertyNames().forEach(name -> {
            if (!known.contains(name)) {
                problems.reject(name, "validation.patch.unknownField", name);
            }
        });
        problems.throwIfAny();
        JsonNode merged = merge(json.valueToTree(current), patch);
        try {
            return json.treeToValue(merged, type);
        }
        catch (JacksonException ex) {
            String field = ex.getPath().stream()
                    .map(ref -> ref.getPropertyName() != null ? "." + ref.getPropertyName() : "[" + ref.getIndex() + "]")
                    .collect(Collectors.joining()).replaceFirst("^\\.", "");
            problems.reject(field, "validation.patch.unreadable", field);
            problems.throwIfAny();
            throw ex;
        }
    }

    static JsonNode merge(JsonNode target, JsonNode patch) {
        if (!patch.isObject()) {
            return patch;
        }
        ObjectNode result = target != null && target.isObject() ? ((ObjectNode) target).deepCopy()
                : JsonMapper.shared().createObjectNode();
        for (String name : patch.propertyNames()) {
            JsonNode value = patch.get(name);
            if (value.isNull()) {
                result.remove(name);
            }
            else {
                result.set(name, merge(result.get(name), value));
            }
        }
        return result;
    }
}
