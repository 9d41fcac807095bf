package org.citydiplomacy.portal.agreements.web;

import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;

import org.citydiplomacy.portal.agreements.AgreementDetails;
import org.citydiplomacy.portal.agreements.AgreementFacets;
import org.citydiplomacy.portal.agreements.AgreementFilter;
import org.citydiplomacy.portal.agreements.AgreementListing;
import org.citydiplomacy.portal.agreements.AgreementService;
import org.citydiplomacy.portal.agreements.AgreementSort;
import org.citydiplomacy.portal.agreements.AgreementType;
import org.citydiplomacy.portal.agreements.CooperationArea;
import org.citydiplomacy.portal.platform.errors.FilterErrors;
import org.citydiplomacy.portal.platform.web.PageMeta;
import org.citydiplomacy.portal.platform.web.Pagination;
import org.citydiplomacy.portal.platform.web.QueryLinks;
import org.citydiplomacy.portal.platform.security.ReaderAudience;
import org.citydiplomacy.portal.platform.web.PublicUrl;
import org.citydiplomacy.portal.platform.web.SelectOption;
import org.citydiplomacy.portal.shared.PageQuery;
import org.citydiplomacy.portal.shared.ParameterReader;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.context.request.ServletWebRequest;

@Controller
class AgreementPageController {

    static final List<Integer> PAGE_SIZES = List.of(10, 20, 50, 100);
    static final int DEFAULT_PAGE_SIZE = 20;
    /** The filters in the order the page shows them, for the order of their error messages. */
    static final List<String> FILTER_ORDER = List.of("q", "partner", "type", "from", "to", "area", "sort", "size", "page");

    private final AgreementService agreements;
    private final ReaderAudience audience;
    private final MessageSource messages;
    private final DocumentDownloads downloads;
    private final AgreementPageMeta pageMeta;
    private final PublicUrl publicUrl;

    AgreementPageController(AgreementService agreements, ReaderAudience audience, MessageSource messages,
            DocumentDownloads downloads, AgreementPageMeta pageMeta, PublicUrl publicUrl) {
        this.agreements = agreements;
        this.audience = audience;
        this.messages = messages;
        this.downloads = downloads;
        this.pageMeta = pageMeta;
        this.publicUrl = publicUrl;
    }

    /**
     * The listing. Filters that cannot be used are left out of the search and shown with a
     * message beside them; the page then answers 400 so that links to it are known to be wrong.
     */
    @GetMapping("/agreements")
    String list(AgreementSearchParams params, Model model, Locale locale, HttpServletResponse response) {
        ParameterReader reader = new ParameterReader();
        AgreementFilter filter = params.filter(reader);
        AgreementSort sort = params.sort(reader);
        PageQuery page = params.pageFromOne(reader, DEFAULT_PAGE_SIZE);
        FilterErrors errors = FilterErrors.of(reader.errors(), FILTER_ORDER);
        if (errors.any()) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
        }
        AgreementListing listing = agreements.listing(filter, sort, page, audience.current());
        QueryLinks links = links(params, errors, sort, page);

        model.addAttribute("listing", listing);
        model.addAttribute("results", listing.results());
        model.addAttribute("facets", listing.facets());
        model.addAttribute("filter", filter);
        model.addAttribute("sort", sort);
        model.addAttribute("sorts", AgreementSort.values());
        model.addAttribute("pageSize", page.size());
        model.addAttribute("pageSizes", PAGE_SIZES);
        model.addAttribute("defaultPageSize", DEFAULT_PAGE_SIZE);
        model.addAttribute("pagination", Pagination.of(listing.results()));
        model.addAttribute("links", links);
        model.addAttribute("errors", errors);
        String option = messages.getMessage("filter.option", null, locale);
        AgreementFacets facets = listing.facets();
        Integer fromYear = year(filter.from());
        Integer toYear = year(filter.to());
        model.addAttribute("partnerOptions", facets.partnersIn(locale).stream()
                .map(p -> SelectOption.counted(option, p.partner().slug(), p.partner().nameIn(locale), p.count(),
                        p.partner().slug().equals(filter.partner())))
                .toList());
        model.addAttribute("typeOptions", Arrays.stream(AgreementType.values())
                .map(t -> SelectOption.counted(option, t.name(), label("agreementType." + t, locale), facets.count(t),
                        t == filter.type()))
                .toList());
        model.addAttribute("areaOptions", Arrays.stream(CooperationArea.values())
                .map(a -> SelectOption.counted(option, a.name(), label("area." + a, locale), facets.count(a),
                        a == filter.area()))
                .toList());
        model.addAttribute("fromOptions", facets.yearsNewestFirst().stream()
                .map(y -> SelectOption.counted(option, y.toString(), y.toString(), facets.fromCount(y, toYear),
                        y.toString().equals(links.get("from"))))
                .toList());
        model.addAttribute("toOptions", facets.yearsNewestFirst().stream()
                .map(y -> SelectOption.counted(option, y.toString(), y.toString(), facets.toCount(y, fromYear),
                        y.toString().equals(links.get("to"))))
                .toList());
        model.addAttribute("activeFilters", activeFilters(links, listing.facets(), filter, locale));
        model.addAttribute("feedUrl", links.on("/agreements.atom", "page", "size", "sort"));
        model.addAttribute("csvUrl", links.on("/agreements.csv", "page", "size"));
        return "agreements/list";
    }

    @GetMapping("/agreements/{id}")
    String show(@PathVariable long id, Model model, Locale locale) {
        AgreementDetails agreement = agreements.find(id, audience.current());
        String permalink = publicUrl.builder().path("/agreements/{id}").buildAndExpand(id).toUriString();
        model.addAttribute("agreement", agreement);
        model.addAttribute("permalink", permalink);
        model.addAttribute("citation", citation(agreement, permalink, locale));
        model.addAttribute(PageMeta.MODEL_ATTRIBUTE, pageMeta.of(agreement, locale));
        return "agreements/show";
    }

    /** "Tokyo Metropolitan Government. “Title.” Joint communiqué, signed 5 February 2026. …" */
    private String citation(AgreementDetails agreement, String permalink, Locale locale) {
        String accessed = LocalDate.now().format(DateTimeFormatter.ofPattern(
                messages.getMessage("date.pattern", null, locale), locale));
        return messages.getMessage("cite.agreement", new Object[] { messages.getMessage("portal.city", null, locale),
                agreement.titleIn(locale), messages.getMessage("agreementType." + agreement.type(), null, locale),
                agreement.signedOn().format(locale), messages.getMessage("portal.name", null, locale), permalink,
                accessed }, locale);
    }

    /** A signed document of an agreement the reader may see (see {@link DocumentDownloads}). */
    @GetMapping("/agreements/{id}/documents/{documentId}")
    void download(@PathVariable long id, @PathVariable long documentId, ServletWebRequest request,
            HttpServletResponse response) throws IOException {
        downloads.send(id, documentId, request, response);
    }

    /** The current valid parameters; a parameter in error is left out of every link. */
    private static QueryLinks links(AgreementSearchParams params, FilterErrors errors, AgreementSort sort,
            PageQuery page) {
        QueryLinks links = QueryLinks.of("/agreements");
        String[][] values = { { "q", params.q() }, { "partner", params.partner() }, { "type", params.type() },
                { "area", params.area() }, { "from", params.from() }, { "to", params.to() } };
        for (String[] value : values) {
            if (!errors.has(value[0])) {
                links.param(value[0], value[1]);
            }
        }
        if (sort != AgreementSort.NEWEST) {
            links.param("sort", sort.key());
        }
        if (page.size() != DEFAULT_PAGE_SIZE) {
            links.param("size", page.size());
        }
        if (page.page() > 0 && !errors.has("page")) {
            links.param("page", page.page() + 1);
        }
        return links;
    }

    private static List<ActiveFilter> activeFilters(QueryLinks links, AgreementFacets facets, AgreementFilter filter,
            Locale locale) {
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
        if (filter.from() != null) {
            active.add(new ActiveFilter("from", "filter.from", null, links.get("from"), links.without("from", "page")));
        }
        if (filter.to() != null) {
            active.add(new ActiveFilter("to", "filter.to", null, links.get("to"), links.without("to", "page")));
        }
        return active;
    }

    private String label(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }

    private static Integer year(LocalDate date) {
        return date == null ? null : date.getYear();
    }
}
