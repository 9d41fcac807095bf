package org.citydiplomacy.portal.agreements.web;

import java.io.IOException;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.citydiplomacy.portal.agreements.AgreementDetails;
import org.citydiplomacy.portal.agreements.AgreementFilter;
import org.citydiplomacy.portal.agreements.AgreementListing;
import org.citydiplomacy.portal.agreements.AgreementService;
import org.citydiplomacy.portal.agreements.AgreementSort;
import org.citydiplomacy.portal.platform.errors.FilterErrors;
import org.citydiplomacy.portal.platform.web.PageMeta;
import org.citydiplomacy.portal.platform.security.ReaderAudience;
import org.citydiplomacy.portal.platform.web.PublicUrl;
import org.citydiplomacy.portal.platform.web.QueryLinks;
import org.citydiplomacy.portal.shared.Office;
import org.citydiplomacy.portal.shared.PageQuery;
import org.citydiplomacy.portal.shared.ParameterReader;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.View;

@Controller
class AgreementPageController {

    static final List<Integer> PAGE_SIZES = List.of(10, 20, 50, 100);
    static final int DEFAULT_PAGE_SIZE = 20;
    /** The filters in the order the page shows them, for the order of their error messages. */
    static final List<String> FILTER_ORDER = List.of("q", "partner", "type", "year", "from", "to", "area", "sort", "size", "page");

    private final AgreementService agreements;
    private final ReaderAudience audience;
    private final MessageSource messages;
    private final DocumentDownloads downloads;
    private final AgreementPageMeta pageMeta;
    private final PublicUrl publicUrl;
    private final KeptFilterSelects filterSelects;
    private final ListingFrames frames;

    AgreementPageController(AgreementService agreements, ReaderAudience audience, MessageSource messages,
            DocumentDownloads downloads, AgreementPageMeta pageMeta, PublicUrl publicUrl,
            KeptFilterSelects filterSelects, ListingFrames frames) {
        this.agreements = agreements;
        this.audience = audience;
        this.messages = messages;
        this.downloads = downloads;
        this.pageMeta = pageMeta;
        this.publicUrl = publicUrl;
        this.filterSelects = filterSelects;
        this.frames = frames;
    }

    /**
     * The listing. Filters that cannot be used are left out of the search and shown with a
     * message beside them; the page then answers 400 so that links to it are known to be wrong. A page
     * after the first is drawn from its listing's frame where it can be ({@link ListingFrames}).
     */
    @GetMapping("/agreements")
    ModelAndView list(AgreementSearchParams params, Model model, Locale locale, HttpServletRequest request,
            HttpServletResponse response) {
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

        AgreementFilterSelects selects = filterSelects.of(listing, audience.current(), filter, links.get("year"),
                links.get("from"), links.get("to"), locale);
        AgreementListingView view = AgreementListingView.of(listing, selects, filter, sort, page.size(), links, errors,
                messages, locale);
        model.addAttribute("view", view);
        // The layout's head links the feed of these results.
        model.addAttribute("feedUrl", view.feedUrl());
        View framed = frames.view(view, listing.dataVersion(), audience.current(), request, locale,
                (words, addressWords) -> AgreementListingView.of(listing, selects, filter.withQuery(words), sort,
                        page.size(), links(params, errors, sort, page).param("q", addressWords), errors, messages, locale));
        return framed != null ? new ModelAndView(framed) : new ModelAndView(ListingFrames.TEMPLATE);
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
        String accessed = Office.today().format(DateTimeFormatter.ofPattern(
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
                { "area", params.area() }, { "year", params.year() }, { "from", params.from() }, { "to", params.to() } };
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
}
