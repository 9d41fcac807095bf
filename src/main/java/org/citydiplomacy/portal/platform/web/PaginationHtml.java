package org.citydiplomacy.portal.platform.web;

/**
 * A listing's page links as HTML written here, byte for byte what {@code fragments :: pageLinks} writes for
 * the same {@link PaginationLinks} (PaginationHtmlTest renders the fragment and compares), for a page that
 * places them with {@code th:utext}. Why: the agreement listing keeps everything around its rows and page
 * links per filter and data version ({@code ListingFrames}), so these two are all a new page number needs
 * written; the fragment's some 40 expressions a page were a tenth of its rendering (issue 13).
 */
public final class PaginationHtml {

    private PaginationHtml() {
    }

    /**
     * The {@code <nav class="pagination">}, or nothing when one page holds every result. {@code label},
     * {@code previous} and {@code next} are the messages {@code pagination.label}, {@code pagination.previous}
     * and {@code pagination.next}.
     */
    public static String of(PaginationLinks pages, String label, String previous, String next) {
        if (!pages.needed()) {
            return "";
        }
        StringBuilder out = new StringBuilder(400 + pages.pages().size() * 160);
        out.append("<nav class=\"pagination\"");
        HtmlEscaping.attribute("\n     aria-label", label, out);
        out.append(">\n  <ul>\n    ");
        if (pages.previous() != null) {
            out.append("<li class=\"pagination__step\">\n      <a rel=\"prev\"");
            HtmlEscaping.attribute(" href", pages.previous(), out);
            out.append(">\n        <span aria-hidden=\"true\">‹</span> ");
            HtmlEscaping.escape(previous, out);
            out.append("</a>\n    </li>");
        }
        out.append("\n    ");
        boolean first = true;
        for (PaginationLinks.Page p : pages.pages()) {
            if (!first) {
                out.append("\n    ");
            }
            first = false;
            out.append("<li>\n      ");
            if (p.gap()) {
                out.append("<span class=\"pagination__gap\">…</span>");
            }
            out.append("\n      ");
            if (p.href() != null) {
                out.append("<a");
                HtmlEscaping.attribute(" href", p.href(), out);
                HtmlEscaping.attribute("\n         aria-label", p.label(), out);
                out.append('>').append(p.number()).append("</a>");
            }
            out.append("\n      \n      ");
            if (p.current()) {
                out.append("<span class=\"pagination__current\" aria-current=\"page\"><span\n            class=\"visually-hidden\">");
                HtmlEscaping.escape(p.label(), out);
                out.append("</span><span aria-hidden=\"true\">").append(p.number()).append("</span></span>");
            }
            out.append("\n    </li>");
        }
        out.append("\n    ");
        if (pages.next() != null) {
            out.append("<li class=\"pagination__step\">\n      <a rel=\"next\"");
            HtmlEscaping.attribute(" href", pages.next(), out);
            out.append(">\n        ");
            HtmlEscaping.escape(next, out);
            out.append(" <span aria-hidden=\"true\">›</span></a>\n    </li>");
        }
        return out.append("\n  </ul>\n</nav>").toString();
    }
}
