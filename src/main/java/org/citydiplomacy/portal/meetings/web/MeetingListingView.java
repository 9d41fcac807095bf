package org.citydiplomacy.portal.meetings.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.citydiplomacy.portal.meetings.MeetingFacets;
import org.citydiplomacy.portal.meetings.MeetingFilter;
import org.citydiplomacy.portal.meetings.MeetingKind;
import org.citydiplomacy.portal.meetings.MeetingListing;
import org.citydiplomacy.portal.meetings.MeetingSummary;
import org.citydiplomacy.portal.platform.errors.FilterErrors;
import org.citydiplomacy.portal.platform.web.ActiveFilter;
import org.citydiplomacy.portal.platform.web.FilterSelect;
import org.citydiplomacy.portal.platform.web.Pagination;
import org.citydiplomacy.portal.platform.web.PaginationLinks;
import org.citydiplomacy.portal.platform.web.QueryLinks;
import org.citydiplomacy.portal.platform.web.SelectOption;
import org.citydiplomacy.portal.shared.PageResult;
import org.springframework.context.MessageSource;

/**
 * Everything the meeting listing's template shows, prepared in Java once per request: each
 * filter's options ({@link FilterSelect}) and the filters in use with the links that remove them
 * (drawn by the same fragments as the agreement listing's).
 */
record MeetingListingView(PageResult<MeetingSummary> results, PaginationLinks pages, QueryLinks links,
        FilterErrors errors, FilterSelect partnerSelect, FilterSelect yearSelect, FilterSelect kindSelect,
        List<ActiveFilter> activeFilters) {

    static MeetingListingView of(MeetingListing listing, MeetingFilter filter, QueryLinks links, FilterErrors errors,
            MessageSource messages, Locale locale) {
        String option = messages.getMessage("filter.option", null, locale);
        MeetingFacets facets = listing.facets();
        List<SelectOption> partners = facets.partnersIn(locale).stream()
                .map(p -> SelectOption.counted(option, p.partner().slug(), p.partner().nameIn(locale), p.count(),
                        p.partner().slug().equals(filter.partner())))
                .toList();
        List<SelectOption> years = facets.yearsNewestFirst().stream()
                .map(y -> SelectOption.counted(option, y.getKey().toString(), y.getKey().toString(), y.getValue(),
                        y.getKey().equals(filter.year())))
                .toList();
        List<SelectOption> kinds = Arrays.stream(MeetingKind.values())
                .map(k -> SelectOption.counted(option, k.name(), messages.getMessage("meetingKind." + k, null, locale),
                        facets.count(k), k == filter.kind()))
                .toList();
        return new MeetingListingView(listing.results(),
                PaginationLinks.of(Pagination.of(listing.results()), links, messages, locale), links, errors,
                FilterSelect.of("partner", "filter.partner", "filter.partner.any", partners),
                FilterSelect.of("year", "filter.year", "filter.year.any", years),
                FilterSelect.of("kind", "filter.kind", "filter.kind.any", kinds),
                activeFilters(links, facets, filter, locale));
    }

    /** The filters in use that could be used (a filter in error is not in the links either). */
    private static List<ActiveFilter> activeFilters(QueryLinks links, MeetingFacets facets, MeetingFilter filter,
            Locale locale) {
        List<ActiveFilter> active = new ArrayList<>();
        if (links.has("partner")) {
            String name = facets.partners().stream()
                    .filter(p -> p.partner().slug().equals(filter.partner()))
                    .map(p -> p.partner().nameIn(locale))
                    .findFirst().orElse(filter.partner());
            active.add(new ActiveFilter("partner", "filter.partner", null, name, links.without("partner", "page")));
        }
        if (links.has("year")) {
            active.add(new ActiveFilter("year", "filter.year", null, String.valueOf(filter.year()),
                    links.without("year", "page")));
        }
        if (links.has("kind")) {
            active.add(new ActiveFilter("kind", "filter.kind", "meetingKind." + filter.kind(), null,
                    links.without("kind", "page")));
        }
        return active;
    }
}
