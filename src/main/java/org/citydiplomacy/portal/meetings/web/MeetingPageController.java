package org.citydiplomacy.portal.meetings.web;

import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;

import org.citydiplomacy.portal.meetings.MeetingDetails;
import org.citydiplomacy.portal.meetings.MeetingFilter;
import org.citydiplomacy.portal.meetings.MeetingListing;
import org.citydiplomacy.portal.meetings.MeetingService;
import org.citydiplomacy.portal.platform.errors.FilterErrors;
import org.citydiplomacy.portal.platform.web.PageMeta;
import org.citydiplomacy.portal.platform.web.QueryLinks;
import org.citydiplomacy.portal.shared.PageQuery;
import org.citydiplomacy.portal.shared.ParameterReader;
import org.citydiplomacy.portal.shared.Audience;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

@Controller
class MeetingPageController {

    static final int DEFAULT_PAGE_SIZE = 20;

    private final MeetingService meetings;
    private final MessageSource messages;
    private final MeetingPageMeta pageMeta;

    MeetingPageController(MeetingService meetings, MessageSource messages,
            MeetingPageMeta pageMeta) {
        this.meetings = meetings;
        this.messages = messages;
        this.pageMeta = pageMeta;
    }

    /** The meetings, newest first; a filter that cannot be used is named beside it, with status 400. */
    @GetMapping("/meetings")
    String list(MeetingSearchParams params, Audience audience, Model model, Locale locale, HttpServletResponse response) {
        ParameterReader reader = new ParameterReader();
        MeetingFilter filter = params.filter(reader);
        PageQuery page = params.pageFromOne(reader, DEFAULT_PAGE_SIZE);
        FilterErrors errors = FilterErrors.of(reader.errors(), List.of("partner", "year", "kind", "size", "page"));
        if (errors.any()) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
        }
        MeetingListing listing = meetings.listing(filter, page, audience);
        QueryLinks links = QueryLinks.of("/meetings");
        if (!errors.has("partner")) {
            links.param("partner", filter.partner());
        }
        if (!errors.has("year")) {
            links.param("year", filter.year());
        }
        if (!errors.has("kind") && filter.kind() != null) {
            links.param("kind", filter.kind().name());
        }
        if (page.size() != DEFAULT_PAGE_SIZE) {
            links.param("size", page.size());
        }
        if (page.page() > 0) {
            links.param("page", page.page() + 1);
        }
        model.addAttribute("view", MeetingListingView.of(listing, filter, links, errors, messages, locale));
        return "meetings/list";
    }

    @GetMapping("/meetings/{id}")
    String show(@PathVariable long id, Audience audience, Model model, Locale locale) {
        MeetingDetails meeting = meetings.find(id, audience);
        model.addAttribute("meeting", meeting);
        model.addAttribute(PageMeta.MODEL_ATTRIBUTE, pageMeta.of(meeting, locale));
        return "meetings/show";
    }
}
