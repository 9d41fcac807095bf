package org.citydiplomacy.portal.platform.web;

import java.util.ArrayList;
import java.util.List;

import org.citydiplomacy.portal.shared.PageResult;

/**
 * Page links for a listing, numbered from 1 as people count: the first and last pages, a window
 * around the current one, and gaps (0) between them: {@code 1 0 4 5 [6] 7 8 0 50}. A fixed number
 * of links whatever the number of pages.
 */
public record Pagination(int current, int last, List<Integer> pages) {

    public static final int GAP = 0;
    private static final int AROUND = 2;

    public static Pagination of(PageResult<?> result) {
        int current = result.page().number() + 1;
        int last = Math.max(1, result.page().totalPages());
        List<Integer> pages = new ArrayList<>();
        int from = Math.max(1, current - AROUND);
        int to = Math.min(last, current + AROUND);
        if (from > 1) {
            pages.add(1);
            // A gap is worth showing only when it hides more than one page.
            if (from == 3) {
                pages.add(2);
            }
            else if (from > 3) {
                pages.add(GAP);
            }
        }
        for (int p = from; p <= to; p++) {
            pages.add(p);
        }
        if (to < last) {
            if (to == last - 2) {
                pages.add(last - 1);
            }
            else if (to < last - 2) {
                pages.add(GAP);
            }
            pages.add(last);
        }
        return new Pagination(current, last, List.copyOf(pages));
    }

    public boolean hasPrevious() {
        return current > 1;
    }

    public boolean hasNext() {
        return current < last;
    }

    /** More than one page: worth showing the links at all. */
    public boolean needed() {
        return last > 1 || current > 1;
    }
}
