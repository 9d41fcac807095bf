package org.citydiplomacy.portal.platform.web;

import java.util.List;

/**
 * One filter's {@code <select>} on a public listing, drawn by {@code fragments :: filterSelect}:
 * its parameter name (the field's id is {@code filter-<name>}), the message keys of its label and
 * of its "any" choice, and its options already written as HTML.
 * <p>
 * Why the options are HTML made here and not a {@code th:each} in the template: a listing offers
 * hundreds of options (500 partners, 70 years twice), and the template evaluated three
 * expressions per option (value, selected, text) through SpEL's reflective property reads, which
 * was most of the cost of a page that is not kept (docs/performance.md). Written here they cost a
 * string append each. Every value and label is escaped ({@link HtmlEscaping}); the
 * template writes the result unescaped ({@code th:utext}) and nothing else goes into it.
 */
public record FilterSelect(String name, String labelKey, String anyKey, List<SelectOption> options,
        String optionsHtml) {

    public FilterSelect {
        options = List.copyOf(options);
    }

    /** A select of these options, the first one selected of them shown as chosen. */
    public static FilterSelect of(String name, String labelKey, String anyKey, List<SelectOption> options) {
        return new FilterSelect(name, labelKey, anyKey, options, html(options));
    }

    /** The field's id, which its label, its error message and the error summary point to. */
    public String id() {
        return "filter-" + name;
    }

    /** The options as Thymeleaf would write them: {@code <option value="v" selected="selected">label</option>}. */
    static String html(List<SelectOption> options) {
        StringBuilder out = new StringBuilder(options.size() * 48);
        for (SelectOption o : options) {
            out.append("<option value=\"");
            HtmlEscaping.escape(o.value(), out);
            out.append('"');
            if (o.selected()) {
                out.append(" selected=\"selected\"");
            }
            out.append('>');
            HtmlEscaping.escape(o.label(), out);
            out.append("</option>");
        }
        return out.toString();
    }
}
