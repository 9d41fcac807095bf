package org.citydiplomacy.portal.meetings.web;

import java.util.Locale;

import org.citydiplomacy.portal.meetings.MeetingDetails;
import org.citydiplomacy.portal.meetings.MeetingKind;
import org.citydiplomacy.portal.platform.web.JsonLd;
import org.citydiplomacy.portal.platform.web.PageMeta;
import org.citydiplomacy.portal.platform.web.PublicUrl;
import org.citydiplomacy.portal.platform.web.SourceNotes;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * What a meeting's page says about itself: its title, date and place, then its summary in the
 * reader's language; and a schema.org Event with its dates, place, participants and the partners.
 */
@Component
class MeetingPageMeta {

    private final MessageSource messages;
    private final PublicUrl urls;

    MeetingPageMeta(MessageSource messages, PublicUrl urls) {
        this.messages = messages;
        this.urls = urls;
    }

    PageMeta of(MeetingDetails meeting, Locale locale) {
        String path = "/meetings/" + meeting.id();
        String title = meeting.titleIn(locale);
        return PageMeta.article(title, description(meeting, title, locale), path, jsonLd(meeting, title, path, locale));
    }

    private String description(MeetingDetails meeting, String title, Locale locale) {
        boolean ja = "ja".equals(locale.getLanguage());
        String date = meeting.date().format(locale);
        String place = meeting.place() == null ? null : meeting.placeIn(locale);
        String text = place == null ? messages.getMessage("meta.meeting", new Object[] { title, date }, locale)
                : messages.getMessage("meta.meeting.place", new Object[] { title, date, place }, locale);
        String summary = ja ? meeting.summaryJa() : meeting.summary();
        return summary == null ? text : text + " " + summary;
    }

    private JsonLd jsonLd(MeetingDetails meeting, String title, String path, Locale locale) {
        boolean online = meeting.kind() == MeetingKind.ONLINE;
        JsonLd location = meeting.place() != null ? JsonLd.thing("Place").with("name", meeting.placeIn(locale))
                : online ? JsonLd.thing("VirtualLocation").with("url", urls.absolute(path)) : null;
        return JsonLd.of("Event")
                .with("url", urls.absolute(path))
                .with("name", title)
                .with("description", meeting.summaryIn(locale))
                .with("startDate", meeting.date())
                .with("endDate", meeting.endDate())
                .with("eventAttendanceMode", online ? "https://schema.org/OnlineEventAttendanceMode"
                        : "https://schema.org/OfflineEventAttendanceMode")
                .with("location", location)
                .with("attendee", meeting.participants().stream()
                        .map(p -> JsonLd.thing("Person")
                                .with("name", p.nameIn(locale) != null ? p.nameIn(locale) : p.officeIn(locale))
                                .with("jobTitle", p.nameIn(locale) != null ? p.officeIn(locale) : null))
                        .toList())
                .with("about", meeting.partners().stream()
                        .map(p -> JsonLd.thing("Place").with("name", p.nameIn(locale))
                                .with("url", urls.absolute("/partners/" + p.slug())))
                        .toList())
                .with("subjectOf", SourceNotes.asJsonLd(meeting.sources()));
    }
}
