package org.citydiplomacy.portal.agreements.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.citydiplomacy.portal.agreements.AgreementFacets;
import org.citydiplomacy.portal.agreements.AgreementFilter;
import org.citydiplomacy.portal.agreements.AgreementListing;
import org.citydiplomacy.portal.agreements.AgreementSort;
import org.citydiplomacy.portal.agreements.AgreementSummary;
import org.citydiplomacy.portal.platform.errors.FilterErrors;
import org.citydiplomacy.portal.platform.web.ActiveFilter;
import org.citydiplomacy.portal.platform.web.FilterSelect;
import org.citydiplomacy.portal.platform.web.Pagination;
import org.citydiplomacy.portal.platform.web.PaginationHtml;
import org.citydiplomacy.portal.platform.web.PaginationLinks;
import org.citydiplomacy.portal.platform.web.QueryLinks;
import org.citydiplomacy.portal.shared.PageResult;
import org.springframework.context.MessageSource;

/**
 * Everything the agreement listing's template shows, prepared in Java: each filter's options with
 * their labels, counts, selection and value ({@link FilterSelect}, built once per data version by
 * {@link KeptFilterSelects}), the filters in use with the links that remove them, the rows with their
 * texts and addresses ({@link AgreementRow}) and written as the page's list ({@link ResultListHtml}), the
 * sort and size choices and the page links with their addresses and labels. The template only places them:
 * no per-option or per-row expressions, message lookups, link building or fragment insertions.
 *
 * @param rowsHtml the {@code <ol class="result-list">} of the rows, empty without rows
 * @param pagesHtml the page links' {@code <nav>} ({@link PaginationHtml}), empty when one page holds every result
 * @param start the number of the first row on this page, for the list's {@code start}
 * @param countText "22 agreements": the number of results in the reader's language
 * @param countsHidden a search whose words matched more agreements than are counted: the page says how to narrow it
 */
record AgreementListingView(PageResult<AgreementSummary> results, List<AgreementRow> rows, String rowsHtml, int start,
        String countText, AgreementFilter filter, List<ListingChoice> sortChoices, List<ListingChoice> sizeChoices,
        PaginationLinks pages, String pagesHtml, QueryLinks links, FilterErrors errors, FilterSelect partnerSelect,
        FilterSelect typeSelect, FilterSelect yearSelect, FilterSelect fromSelect, FilterSelect toSelect,
        FilterSelect areaSelect, List<ActiveFilter> activeFilters, String feedUrl, String csvUrl, boolean countsHidden) {

    /**
     * One choice of a toolbar (an order, a page size): its text, where it leads unless it is the current
     * one, and the name it is read by where its text alone says too little ("50 per page").
     */
    record ListingChoice(String label, String href, String ariaLabel, boolean current) {
    }

    static AgreementListingView of(AgreementListing listing, AgreementFilterSelects selects, AgreementFilter filter,
            AgreementSort sort, int pageSize, QueryLinks links, FilterErrors errors, MessageSource messages, Locale locale) {
        PageResult<AgreementSummary> results = listing.results();
        List<AgreementRow> rows = AgreementRow.of(results.content(), messages, locale);
        int start = results.page().number() * results.page().size() + 1;
        // The two messages of every row, looked up once for the page as #{agreement.with} and #{list.separator} were.
        PaginationLinks pages = PaginationLinks.of(Pagination.of(results), links, messages, locale);
        String rowsHtml = ResultListHtml.of(rows, start, messages.getMessage("agreement.with", null, locale),
                messages.getMessage("list.separator", null, locale));
        return new AgreementListingView(results, rows, rowsHtml, start,
                // Past the counting limit of a search (AgreementFacets#countsHidden): "More than 2,000 agreements".
                messages.getMessage(listing.facets().countsHidden() ? "agreements.count.moreThan" : "agreements.count",
                        new Object[] { results.page().totalElements() }, locale),
                filter, sortChoices(sort, links, messages, locale), sizeChoices(pageSize, links, messages, locale),
                pages, PaginationHtml.of(pages, messages.getMessage("pagination.label", null, locale),
                        messages.getMessage("pagination.previous", null, locale),
                        messages.getMessage("pagination.next", null, locale)),
                links, errors, selects.partner(),
                selects.type(), selects.year(), selects.from(), selects.to(), selects.area(),
                activeFilters(links, listing.facets(), filter, messages, locale),
                links.on("/agreements.atom", "page", "size", "sort"), links.on("/agreements.csv", "page", "size"),
                listing.facets().countsHidden());
    }

    /** The same view with other rows and page links: the marks of a {@link ListingFrames} frame. */
    AgreementListingView withRowsAndPages(String otherRowsHtml, String otherPagesHtml) {
        return new AgreementListingView(results, rows, otherRowsHtml, start, countText, filter, sortChoices, sizeChoices,
                pages, otherPagesHtml, links, errors, partnerSelect, typeSelect, yearSelect, fromSelect, toSelect,
                areaSelect, activeFilters, feedUrl, csvUrl, countsHidden);
    }

    /** How many filter selects the page has ({@link #selects()}). */
    static final int SELECTS = 6;

    /** The filter selects, in the page's order. */
    List<FilterSelect> selects() {
        return List.of(partnerSelect, typeSelect, yearSelect, fromSelect, toSelect, areaSelect);
    }

    /**
     * The same view with marks for what differs from one search to the next: the rows, page links, count
     * and each select's options (the marks of a {@link ListingFrames} frame for searches).
     */
    AgreementListingView withMarks(String otherRowsHtml, String otherPagesHtml, String otherCountText,
            String[] optionMarks) {
        List<FilterSelect> marked = new ArrayList<>();
        List<FilterSelect> all = selects();
        for (int i = 0; i < all.size(); i++) {
            FilterSelect s = all.get(i);
            marked.add(new FilterSelect(s.name(), s.labelKey(), s.anyKey(), s.options(), optionMarks[i]));
        }
        return new AgreementListingView(results, rows, otherRowsHtml, start, otherCountText, filter, sortChoices,
                sizeChoices, pages, otherPagesHtml, links, errors, marked.get(0), marked.get(1), marked.get(2),
                marked.get(3), marked.get(4), marked.get(5), activeFilters, feedUrl, csvUrl, countsHidden);
    }

    /** Each order; another than the current one goes back to page 1 (newest first is the address without sort). */
    private static List<ListingChoice> sortChoices(AgreementSort current, QueryLinks links, MessageSource messages,
            Locale locale) {
        List<ListingChoice> choices = new ArrayList<>();
        for (AgreementSort s : AgreementSort.values()) {
            String label = messages.getMessage("sort." + s.key(), null, locale);
            choices.add(new ListingChoice(label,
                    s == current ? null : links.set("sort", s == AgreementSort.NEWEST ? null : s.key(), "page"), null,
                    s == current));
        }
        return List.copyOf(choices);
    }

    /** Each page size; another than the current one goes back to page 1 (the default is the address without size). */
    private static List<ListingChoice> sizeChoices(int current, QueryLinks links, MessageSource messages, Locale locale) {
        List<ListingChoice> choices = new ArrayList<>();
        for (int n : AgreementPageController.PAGE_SIZES) {
            boolean isCurrent = n == current;
            // The same message and argument (an Integer) as #{size.option(${n})}.
            choices.add(new ListingChoice(Integer.toString(n),
                    isCurrent ? null : links.set("size", n == AgreementPageController.DEFAULT_PAGE_SIZE ? null : n, "page"),
                    isCurrent ? null : messages.getMessage("size.option", new Object[] { n }, locale), isCurrent));
        }
        return List.copyOf(choices);
    }

    private static List<ActiveFilter> activeFilters(QueryLinks links, AgreementFacets facets, AgreementFilter filter,
            MessageSource messages, Locale locale) {
        List<ActiveFilter> active = new ArrayList<>();
        if (filter.query() != null) {
            active.add(new ActiveFilter("q", "filter.q", null, filter.query(), links.without("q", "page")));
        }
        if (filter.partner() != null) {
            String name = facets.partners().stream()
                    .filter(p -> p.partner().slug().equals(filter.partner()))
                    .map(p -> p.partner().nameIn(locale))
                    .findFirst().orElse(filter.partner());
            active.add(new ActiveFilter("partner", "filter.partner", null, name, links.without("partner", "page")));
        }
        if (filter.type() != null) {
            active.add(new ActiveFilter("type", "filter.type", "agreementType." + filter.type(), null,
                    links.without("type", "page")));
        }
        if (filter.area() != null) {
            active.add(new ActiveFilter("area", "filter.area", "area." + filter.area(), null,
                    links.without("area", "page")));
        }
        if (links.has("year")) {
            // "Signed in 2025" / "締結年 2025年": one message for the page, not one per option.
            String year = messages.getMessage("filter.signedIn.value", new Object[] { links.get("year") }, locale);
            active.add(new ActiveFilter("year", "filter.signedIn", null, year, links.without("year", "page")));
        }
        // The year narrows the filter's dates too: the range's chips show only what the reader chose.
        if (links.has("from")) {
            active.add(new ActiveFilter("from", "filter.from", null, links.get("from"), links.without("from", "page")));
        }
        if (links.has("to")) {
            active.add(new ActiveFilter("to", "filter.to", null, links.get("to"), links.without("to", "page")));
        }
        return active;
    }
}
