package org.citydiplomacy.portal.calendars.web;

import java.util.Locale;

import org.citydiplomacy.portal.calendars.CalendarMeeting;
import org.citydiplomacy.portal.calendars.CalendarService;
import org.citydiplomacy.portal.platform.web.PublicUrl;
import org.citydiplomacy.portal.shared.DataVersion;
import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.context.request.WebRequest;

import biweekly.ICalendar;
import biweekly.component.VEvent;

/**
 * {@code /meetings.ics}: the published meetings known to the day as all-day events, titles and places
 * in the reader's language ({@code ?lang=ja}), each with the address of its page. Its ETag is the data
 * version's, so a calendar program that asks again gets 304 until a record changes.
 */
@Controller
class MeetingsCalendarController {

    private final CalendarService calendars;
    private final MessageSource messages;
    private final PublicUrl publicUrl;
    private final DataVersion dataVersion;

    MeetingsCalendarController(CalendarService calendars, MessageSource messages, PublicUrl publicUrl,
            DataVersion dataVersion) {
        this.calendars = calendars;
        this.messages = messages;
        this.publicUrl = publicUrl;
        this.dataVersion = dataVersion;
    }

    @GetMapping("/meetings.ics")
    ResponseEntity<String> meetings(Locale locale, WebRequest request) {
        String etag = "W/\"meetings-" + locale.getLanguage() + "-" + dataVersion.current() + "\"";
        if (request.checkNotModified(etag)) {
            return null;
        }
        ICalendar calendar = ICalendars.calendar(messages.getMessage("calendars.feed.meetings.name", null, locale),
                messages.getMessage("calendars.feed.meetings.description", null, locale), locale);
        calendar.setUrl(publicUrl.absolute("/meetings"));
        for (CalendarMeeting meeting : calendars.meetings()) {
            VEvent event = ICalendars.allDay(publicUrl, "meeting-" + meeting.id(), meeting.firstDay(), meeting.lastDay(),
                    meeting.titleIn(locale), meeting.titleLanguage(locale), meeting.updatedAt());
            if (meeting.placeIn(locale) != null) {
                event.setLocation(meeting.placeIn(locale));
            }
            event.setUrl(publicUrl.absolute(meeting.path()));
            calendar.addEvent(event);
        }
        return ResponseEntity.ok().contentType(ICalendars.TEXT_CALENDAR).eTag(etag).body(ICalendars.write(calendar));
    }
}
