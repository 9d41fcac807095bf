package org.citydiplomacy.portal.platform.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The links of a listing whose every state is a plain GET URL: the current parameters, and the
 * same with one changed or removed. Parameters without a value are left out, so URLs stay short
 * and shareable. Templates pass the result through {@code @{...}}.
 */
public final class QueryLinks {

    private final String path;
    private final Map<String, String> params;

    private QueryLinks(String path, Map<String, String> params) {
        this.path = path;
        this.params = params;
    }

    public static QueryLinks of(String path) {
        return new QueryLinks(path, new LinkedHashMap<>());
    }

    /** Adds a current parameter while the links are being built; blank values are left out. */
    public QueryLinks param(String name, Object value) {
        if (value != null && !value.toString().isBlank()) {
            params.put(name, value.toString());
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
        return build(params);
    }

    /** The current state with one parameter set (or removed, if {@code value} is null or blank). */
    public String with(String name, Object value) {
        Map<String, String> changed = new LinkedHashMap<>(params);
        if (value == null || value.toString().isBlank()) {
            changed.remove(name);
        }
        else {
            changed.put(name, value.toString());
        }
        return build(changed);
    }

    /** The current state with one parameter set and others removed (e.g. a new sort, back to page 1). */
    public String set(String name, Object value, String... removed) {
        return withPath(path, name, value, removed);
    }

    /** The current state without the given parameters. */
    public String without(String... names) {
        Map<String, String> changed = new LinkedHashMap<>(params);
        Arrays.stream(names).forEach(changed::remove);
        return build(changed);
    }

    /** The same parameters on another path (an export of the listing), without the given ones. */
    public String on(String otherPath, String... removed) {
        Map<String, String> changed = new LinkedHashMap<>(params);
        Arrays.stream(removed).forEach(changed::remove);
        return build(otherPath, changed);
    }

    private String withPath(String target, String name, Object value, String... removed) {
        Map<String, String> changed = new LinkedHashMap<>(params);
        Arrays.stream(removed).forEach(changed::remove);
        if (value == null || value.toString().isBlank()) {
            changed.remove(name);
        }
        else {
            changed.put(name, value.toString());
        }
        return build(target, changed);
    }

    private String build(Map<String, String> values) {
        return build(path, values);
    }

    private static String build(String target, Map<String, String> values) {
        if (values.isEmpty()) {
            return target;
        }
        StringBuilder url = new StringBuilder(target).append('?');
        values.forEach((name, value) -> url.append(encode(name)).append('=').append(encode(value)).append('&'));
        url.setLength(url.length() - 1);
        return url.toString();
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
