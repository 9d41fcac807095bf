package org.citydiplomacy.portal.agreements.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.citydiplomacy.portal.agreements.AgreementFacets;
import org.citydiplomacy.portal.agreements.AgreementFilter;
import org.citydiplomacy.portal.agreements.AgreementListing;
import org.citydiplomacy.portal.agreements.AgreementSort;
import org.citydiplomacy.portal.agreements.AgreementSummary;
import org.citydiplomacy.portal.agreements.AgreementType;
import org.citydiplomacy.portal.agreements.CooperationArea;
import org.citydiplomacy.portal.platform.errors.FilterErrors;
import org.citydiplomacy.portal.platform.web.ActiveFilter;
import org.citydiplomacy.portal.platform.web.FilterSelect;
import org.citydiplomacy.portal.platform.web.Pagination;
import org.citydiplomacy.portal.platform.web.QueryLinks;
import org.citydiplomacy.portal.platform.web.SelectOption;
import org.citydiplomacy.portal.shared.PageResult;
import org.springframework.context.MessageSource;

/**
 * Everything the agreement listing's template shows, prepared in Java once per request: each
 * filter's options with their labels, counts, selection and value ({@link FilterSelect}), the
 * filters in use with the links that remove them, the sort and size links' state, the pages. The
 * template only places them: no per-option message lookups or method calls.
 */
record AgreementListingView(PageResult<AgreementSummary> results, AgreementFilter filter, AgreementSort sort,
        List<AgreementSort> sorts, int pageSize, List<Integer> pageSizes, int defaultPageSize, Pagination pagination,
        QueryLinks links, FilterErrors errors, FilterSelect partnerSelect, FilterSelect typeSelect,
        FilterSelect yearSelect, FilterSelect fromSelect, FilterSelect toSelect, FilterSelect areaSelect, List<ActiveFilter> activeFilters,
        String feedUrl, String csvUrl) {

    static AgreementListingView of(AgreementListing listing, AgreementFilter filter, AgreementSort sort, int pageSize,
            QueryLinks links, FilterErrors errors, MessageSource messages, Locale locale) {
        String option = messages.getMessage("filter.option", null, locale);
        AgreementFacets facets = listing.facets();
        Integer fromYear = year(filter.from());
        Integer toYear = year(filter.to());
        List<SelectOption> partners = facets.partnersIn(locale).stream()
                .map(p -> SelectOption.counted(option, p.partner().slug(), p.partner().nameIn(locale), p.count(),
                        p.partner().slug().equals(filter.partner())))
                .toList();
        List<SelectOption> types = Arrays.stream(AgreementType.values())
                .map(t -> SelectOption.counted(option, t.name(), label(messages, "agreementType." + t, locale),
                        facets.count(t), t == filter.type()))
                .toList();
        List<SelectOption> areas = Arrays.stream(CooperationArea.values())
                .map(a -> SelectOption.counted(option, a.name(), label(messages, "area." + a, locale),
                        facets.count(a), a == filter.area()))
                .toList();
        List<SelectOption> signedIn = new ArrayList<>();
        List<SelectOption> from = yearOptions(links.get("from"));
        List<SelectOption> to = yearOptions(links.get("to"));
        for (Integer y : facets.yearsNewestFirst()) {
            String value = y.toString();
            signedIn.add(SelectOption.counted(option, value, value, facets.count(y), value.equals(links.get("year"))));
            from.add(SelectOption.counted(option, value, value, facets.fromCount(y, toYear), value.equals(links.get("from"))));
            to.add(SelectOption.counted(option, value, value, facets.toCount(y, fromYear), value.equals(links.get("to"))));
        }
        return new AgreementListingView(listing.results(), filter, sort, List.of(AgreementSort.values()), pageSize,
                AgreementPageController.PAGE_SIZES, AgreementPageController.DEFAULT_PAGE_SIZE,
                Pagination.of(listing.results()), links, errors,
                FilterSelect.of("partner", "filter.partner", "filter.partner.any", partners),
                FilterSelect.of("type", "filter.type", "filter.type.any", types),
                FilterSelect.of("year", "filter.signedIn", "filter.year.any", signedIn),
                FilterSelect.of("from", "filter.from", "filter.year.any", from),
                FilterSelect.of("to", "filter.to", "filter.year.any", to),
                FilterSelect.of("area", "filter.area", "filter.area.any", areas),
                activeFilters(links, facets, filter, messages, locale),
                links.on("/agreements.atom", "page", "size", "sort"), links.on("/agreements.csv", "page", "size"));
    }

    /** A date finer than a year ("2015-10", from a link) is kept as a chosen option of its own, first. */
    private static List<SelectOption> yearOptions(String chosen) {
        List<SelectOption> options = new ArrayList<>();
        if (chosen != null && !chosen.matches("\\d{4}")) {
            options.add(new SelectOption(chosen, chosen, true));
        }
        return options;
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

    private static String label(MessageSource messages, String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }

    private static Integer year(LocalDate date) {
        return date == null ? null : date.getYear();
    }
}
