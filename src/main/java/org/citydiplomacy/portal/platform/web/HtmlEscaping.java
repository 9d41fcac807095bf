package org.citydiplomacy.portal.platform.web;

import org.springframework.web.util.HtmlUtils;

/**
 * Escaping for HTML written in Java and placed with {@code th:utext} ({@link FilterSelect}'s options, the
 * agreement listing's rows, a partner's timeline): the same as Thymeleaf's {@code th:text} and attribute values (unbescape's
 * {@code escapeHtml4Xml}), so the page is the same whichever wrote it.
 */
public final class HtmlEscaping {

    private HtmlEscaping() {
    }

    /**
     * The five characters that can end a text or an attribute value, as entities; what
     * {@link HtmlUtils#htmlEscape(String, String)} does for UTF-8 pages, without its per-character
     * table lookups (a page escapes some 30,000 characters of option labels). Nothing for null, as
     * {@code th:text} writes nothing.
     */
    public static void escape(String text, StringBuilder out) {
        if (text == null) {
            return;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
    }

    /**
     * An attribute as Thymeleaf writes a {@code th:*} one: {@code lead} (the whitespace before it in the markup,
     * and its name), then the escaped value in double quotes; nothing when the value is null or empty, as
     * Thymeleaf removes such an attribute.
     */
    public static void attribute(String lead, String value, StringBuilder out) {
        if (value == null || value.isEmpty()) {
            return;
        }
        out.append(lead).append("=\"");
        escape(value, out);
        out.append('"');
    }
}
