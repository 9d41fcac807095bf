package org.citydiplomacy.portal.platform.web;

import java.util.Arrays;
import java.util.Locale;
import java.util.function.Function;

import org.citydiplomacy.portal.shared.PageQuery;
import org.citydiplomacy.portal.shared.PageResult;
import org.citydiplomacy.portal.shared.StaffListItem;
import org.citydiplomacy.portal.shared.StaffListQuery;
import org.citydiplomacy.portal.shared.Visibility;
import org.springframework.ui.Model;

/**
 * What the three staff lists share: reading {@code q}, {@code visibility} and {@code page} leniently
 * (an unknown visibility lists all, a bad page is the first) and filling the one view, {@code staff/records}.
 */
public final class StaffListPage {

    public static final String VIEW = "staff/records";
    static final int SIZE = 25;

    private StaffListPage() {
    }

    public static StaffListQuery query(String q, String visibility, String page) {
        Visibility chosen = Arrays.stream(Visibility.values())
                .filter(v -> visibility != null && v.name().equalsIgnoreCase(visibility.strip()))
                .findFirst().orElse(null);
        int number = 0;
        try {
            number = page == null ? 0 : Math.max(0, Math.min(10_000, Integer.parseInt(page.strip())));
        }
        catch (NumberFormatException ex) {
            number = 0;
        }
        return new StaffListQuery(q, chosen, new PageQuery(number, SIZE));
    }

    /**
     * @param kind     {@code agreement}, {@code meeting} or {@code partner}: picks the texts
     * @param basePath {@code /staff/agreements}: the list's address; a record's form is {@code basePath/key/edit}
     */
    public static String show(String kind, String basePath, StaffListQuery query,
            Function<StaffListQuery, PageResult<StaffListItem>> list, Model model) {
        model.addAttribute("recordKind", kind);
        model.addAttribute("basePath", basePath);
        model.addAttribute("query", query);
        model.addAttribute("visibilities", Visibility.values());
        model.addAttribute("result", list.apply(query));
        model.addAttribute("visibilityParam", query.visibility() == null ? "" : query.visibility().name().toLowerCase(Locale.ROOT));
        return VIEW;
    }
}
