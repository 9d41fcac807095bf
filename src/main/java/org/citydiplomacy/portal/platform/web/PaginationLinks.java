package org.citydiplomacy.portal.platform.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;

/**
 * A listing's page links as {@code fragments :: pageLinks} draws them, made in Java from a
 * {@link Pagination} and the listing's {@link QueryLinks}: each page's address and its "Page n" label
 * ready, so that the template reads them instead of building a link and a message per page.
 * Page 1 is the address without {@code page}. {@code previous} and {@code next} are null where there
 * is no such page.
 */
public record PaginationLinks(boolean needed, String previous, String next, List<Page> pages) {

    /** A page's number and where it goes: a gap (no link), the current page (no link) or another page. */
    public record Page(int number, String href, String label, boolean current) {

        public boolean gap() {
            return number == Pagination.GAP;
        }
    }

    public static PaginationLinks of(Pagination pagination, QueryLinks links, MessageSource messages, Locale locale) {
        int current = pagination.current();
        List<Page> pages = new ArrayList<>(pagination.pages().size());
        for (int number : pagination.pages()) {
            if (number == Pagination.GAP) {
                pages.add(new Page(number, null, null, false));
                continue;
            }
            // The same message and argument (an Integer: "Page 1,234") as #{pagination.page(${p})}.
            String label = messages.getMessage("pagination.page", new Object[] { number }, locale);
            boolean isCurrent = number == current;
            pages.add(new Page(number, isCurrent ? null : pageHref(links, number), label, isCurrent));
        }
        return new PaginationLinks(pagination.needed(),
                pagination.hasPrevious() ? pageHref(links, current - 1) : null,
                pagination.hasNext() ? pageHref(links, current + 1) : null, List.copyOf(pages));
    }

    private static String pageHref(QueryLinks links, int number) {
        return links.with("page", number > 1 ? number : null);
    }
}
