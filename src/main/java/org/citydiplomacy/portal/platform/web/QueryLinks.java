package org.citydiplomacy.portal.platform.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The links of a listing whose every state is a plain GET URL: the current parameters, and the
 * same with one changed or removed. Parameters without a value are left out, so URLs stay short
 * and shareable. Templates pass the result through {@code @{...}}.
 * <p>
 * Each current parameter is encoded once, when it is added: a listing page builds some twenty links
 * from the same parameters (pages, sorts, sizes, filters to remove), and copying and encoding them
 * for each link was a measurable part of a page that is not kept (docs/performance.md).
 */
public final class QueryLinks {

    private final String path;
    /** Each parameter's value as given, and its {@code name=value} pair encoded, in the order added. */
    private final Map<String, String> params;
    private final Map<String, String> encoded;

    private QueryLinks(String path) {
        this.path = path;
        this.params = new LinkedHashMap<>();
        this.encoded = new LinkedHashMap<>();
    }

    public static QueryLinks of(String path) {
        return new QueryLinks(path);
    }

    /** Adds a current parameter while the links are being built; blank values are left out. */
    public QueryLinks param(String name, Object value) {
        if (value != null && !value.toString().isBlank()) {
            params.put(name, value.toString());
            encoded.put(name, pair(name, value.toString()));
        }
        return this;
    }

    public String get(String name) {
        return params.get(name);
    }

    public boolean has(String name) {
        return params.containsKey(name);
    }

    /** The current state. */
    public String href() {
        return build(path, null, null);
    }

    /** The current state with one parameter set (or removed, if {@code value} is null or blank). */
    public String with(String name, Object value) {
        return build(path, name, value);
    }

    /** The current state with one parameter set and others removed (e.g. a new sort, back to page 1). */
    public String set(String name, Object value, String... removed) {
        return build(path, name, value, removed);
    }

    /** The current state without the given parameters. */
    public String without(String... names) {
        return build(path, null, null, names);
    }

    /** The same parameters on another path (an export of the listing), without the given ones. */
    public String on(String otherPath, String... removed) {
        return build(otherPath, null, null, removed);
    }

    /**
     * The parameters in the order they were added, without {@code removed}, and with {@code name} set to
     * {@code value}: in its place if it was there (and not removed), else last; left out if the value is
     * null or blank.
     */
    private String build(String target, String name, Object value, String... removed) {
        String text = value == null ? null : value.toString();
        boolean present = text != null && !text.isBlank();
        StringBuilder url = new StringBuilder(target.length() + 16 * encoded.size() + 16).append(target);
        char separator = '?';
        boolean placed = false;
        for (Map.Entry<String, String> parameter : encoded.entrySet()) {
            String key = parameter.getKey();
            if (contains(removed, key)) {
                continue;
            }
            String pair = parameter.getValue();
            if (key.equals(name)) {
                placed = true;
                if (!present) {
                    continue;
                }
                pair = pair(name, text);
            }
            url.append(separator).append(pair);
            separator = '&';
        }
        if (name != null && present && !placed) {
            url.append(separator).append(pair(name, text));
        }
        return url.toString();
    }

    private static boolean contains(String[] names, String name) {
        for (String candidate : names) {
            if (candidate.equals(name)) {
                return true;
            }
        }
        return false;
    }

    private static String pair(String name, String value) {
        return encode(name) + '=' + encode(value);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
