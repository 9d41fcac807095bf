package org.citydiplomacy.portal.agreements.web;

import java.util.List;

import org.citydiplomacy.portal.platform.web.HtmlEscaping;

/**
 * The agreement listing's {@code <ol class="result-list">} of one page, written as HTML here and placed by
 * {@code agreements/list.html} with {@code th:utext}. Why: the template's markup evaluated some 15
 * expressions a row, about 300 a page (64 µs a row, 1.3 ms of a new listing page's 4.4; issue 13); here
 * they are string appends.
 * <p>
 * What is written is byte for byte what that markup wrote, its whitespace included (ResultListHtmlTest
 * renders the markup, kept in the tests, and compares): every text and attribute value escaped as
 * Thymeleaf escapes them ({@link HtmlEscaping}), an attribute with no value left out as Thymeleaf leaves
 * it out, the excerpt written as it is (it is HTML already, its words marked). The addresses are written
 * as they are, as {@code @{...}} wrote them: the portal runs at the root and never puts a session id into
 * an address (Spring Security's DisableEncodeUrlFilter).
 */
final class ResultListHtml {

    /** About what one row takes (a long title, two partners, a match); a page's builder rarely grows. */
    private static final int ROW_CHARACTERS = 1_200;

    private ResultListHtml() {
    }

    /**
     * The list of these rows, numbered from {@code start}; {@code partnersLabel} ("With") and
     * {@code separator} (", ") are the messages {@code agreement.with} and {@code list.separator}.
     * Empty without rows: the page says there are none instead.
     */
    static String of(List<AgreementRow> rows, int start, String partnersLabel, String separator) {
        if (rows.isEmpty()) {
            return "";
        }
        StringBuilder out = new StringBuilder(64 + rows.size() * ROW_CHARACTERS);
        out.append("<ol class=\"result-list\" start=\"").append(start).append("\">");
        for (AgreementRow a : rows) {
            out.append("\n          <li class=\"result\">\n            <p class=\"result__meta\">\n")
                    .append("              <span class=\"result__type\">");
            text(a.typeLabel(), out);
            out.append("</span>\n              <span aria-hidden=\"true\">·</span>\n              ");
            if (a.dateIso() != null) {
                element("time", " datetime", a.dateIso(), a.dateText(), out);
            }
            out.append("\n              ");
            if (a.badgeClass() != null) {
                element("span", " class", a.badgeClass(), a.statusLabel(), out);
            }
            out.append("\n            </p>\n            <h3 class=\"result__title\"><a");
            HtmlEscaping.attribute(" href", a.href(), out);
            HtmlEscaping.attribute("\n                lang", a.titleLang(), out);
            out.append('>');
            text(a.title(), out);
            out.append("</a></h3>\n            ");
            if (!a.partners().isEmpty()) {
                out.append("<p class=\"result__partners\">\n              <span class=\"result__partners-label\">");
                text(partnersLabel, out);
                out.append("</span>\n              ");
                for (int i = 0; i < a.partners().size(); i++) {
                    AgreementRow.PartnerLink p = a.partners().get(i);
                    if (i > 0) {
                        text(separator, out);
                    }
                    element("a", "\n    href", p.href(), p.name(), out);
                }
                out.append("\n            </p>");
            }
            out.append("\n            ");
            if (a.matchPlace() != null) {
                out.append("<p class=\"result__match\">\n              <span class=\"result__match-place\">");
                text(a.matchPlace(), out);
                out.append("</span>\n              <span class=\"result__excerpt\"");
                HtmlEscaping.attribute(" lang", a.matchLang(), out);
                out.append('>');
                if (a.excerpt() != null) {
                    out.append(a.excerpt());
                }
                out.append("</span>\n            </p>");
            }
            out.append("\n          </li>");
        }
        return out.append("\n        </ol>").toString();
    }

    /** As {@code th:text}: escaped, nothing for null. */
    private static void text(String text, StringBuilder out) {
        HtmlEscaping.escape(text, out);
    }

    /** {@code <tag lead="value">text</tag>}: an element with one attribute and a text, both as Thymeleaf writes them. */
    private static void element(String tag, String attributeLead, String attributeValue, String text, StringBuilder out) {
        out.append('<').append(tag);
        HtmlEscaping.attribute(attributeLead, attributeValue, out);
        out.append('>');
        text(text, out);
        out.append("</").append(tag).append('>');
    }
}
