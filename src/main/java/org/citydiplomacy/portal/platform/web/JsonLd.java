package org.citydiplomacy.portal.platform.web;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.json.JsonMapper;

/**
 * A schema.org description of a page, built as nested maps and written by a JSON library, never by
 * concatenating text. Empty values (null, blank text, empty lists) are left out, so callers can pass
 * what a record may lack. {@link #toScript()} makes the JSON safe inside {@code <script>}: every
 * {@code <}, {@code >} and {@code &} is written as a Unicode escape, so no text from a record can close
 * the element or open a comment.
 */
public final class JsonLd {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Map<String, Object> values = new LinkedHashMap<>();

    private JsonLd(String type, boolean root) {
        if (root) {
            values.put("@context", "https://schema.org");
        }
        values.put("@type", type);
    }

    /** The page's top-level object. */
    public static JsonLd of(String type) {
        return new JsonLd(type, true);
    }

    /** An object inside another. */
    public static JsonLd thing(String type) {
        return new JsonLd(type, false);
    }

    /** Sets a property unless the value is empty; a value may be text, a number, a JsonLd or a list of them. */
    public JsonLd with(String name, Object value) {
        Object plain = plain(value);
        if (plain != null) {
            values.put(name, plain);
        }
        return this;
    }

    public Map<String, Object> asMap() {
        return values;
    }

    /** The JSON text, escaped for a {@code <script type="application/ld+json">} element. */
    public String toScript() {
        return escapeForScript(JSON.writeValueAsString(values));
    }

    static String escapeForScript(String json) {
        StringBuilder out = new StringBuilder(json.length() + 16);
        json.codePoints().forEach(c -> {
            switch (c) {
                case '<' -> out.append("\\u003c");
                case '>' -> out.append("\\u003e");
                case '&' -> out.append("\\u0026");
                case 0x2028 -> out.append("\\u2028");
                case 0x2029 -> out.append("\\u2029");
                default -> out.appendCodePoint(c);
            }
        });
        return out.toString();
    }

    private static Object plain(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof CharSequence text) {
            return text.toString().isBlank() ? null : text.toString();
        }
        if (value instanceof JsonLd thing) {
            return thing.values;
        }
        if (value instanceof Collection<?> items) {
            List<Object> list = items.stream().map(JsonLd::plain).filter(v -> v != null).toList();
            return list.isEmpty() ? null : list.size() == 1 ? list.get(0) : list;
        }
        if (value instanceof Number || value instanceof Boolean) {
            return value;
        }
        return value.toString();
    }
}
