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
import org.citydiplomacy.portal.platform.web.QueryLinks;
import org.citydiplomacy.portal.shared.PageResult;
import org.springframework.context.MessageSource;

/**
 * Everything the agreement listing's template shows, prepared in Java: each filter's options with
 * their labels, counts, selection and value ({@link FilterSelect}, built once per data version by
 * {@link KeptFilterSelects}), the filters in use with the links that remove them, the sort and size
 * links' state, the pages. The template only places them: no per-option message lookups or method calls.
 */
record AgreementListingView(PageResult<AgreementSummary> results, AgreementFilter filter, AgreementSort sort,
        List<AgreementSort> sorts, int pageSize, List<Integer> pageSizes, int defaultPageSize, Pagination pagination,
        QueryLinks links, FilterErrors errors, FilterSelect partnerSelect, FilterSelect typeSelect,
        FilterSelect yearSelect, FilterSelect fromSelect, FilterSelect toSelect, FilterSelect areaSelect, List<ActiveFilter> activeFilters,
        String feedUrl, String csvUrl, boolean countsHidden) {

    static AgreementListingView of(AgreementListing listing, AgreementFilterSelects selects, AgreementFilter filter,
            AgreementSort sort, int pageSize, QueryLinks links, FilterErrors errors, MessageSource messages, Locale locale) {
        return new AgreementListingView(listing.results(), filter, sort, List.of(AgreementSort.values()), pageSize,
                AgreementPageController.PAGE_SIZES, AgreementPageController.DEFAULT_PAGE_SIZE,
                Pagination.of(listing.results()), links, errors, selects.partner(), selects.type(), selects.year(),
                selects.from(), selects.to(), selects.area(), activeFilters(links, listing.facets(), filter, messages, locale),
                links.on("/agreements.atom", "page", "size", "sort"), links.on("/agreements.csv", "page", "size"),
                listing.facets().countsHidden());
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
