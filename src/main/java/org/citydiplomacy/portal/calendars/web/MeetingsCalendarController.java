package org.citydiplomacy.portal.calendars.web;

import java.util.Locale;

import org.citydiplomacy.portal.calendars.CalendarMeeting;
import org.citydiplomacy.portal.calendars.domain.PublishedMeetingQueries;
import org.citydiplomacy.portal.shared.DataVersion;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.context.request.WebRequest;

import biweekly.ICalendar;

/**
 * {@code /meetings.ics}: the published meetings known to the day as all-day events, titles and places
 * in the reader's language ({@code ?lang=ja}), each with the address of its page. Its ETag is the data
 * version's, so a calendar program that asks again gets 304 until a record changes.
 */
@Controller
class MeetingsCalendarController {

    private final PublishedMeetingQueries meetings;
    private final ICalendars calendars;
    private final DataVersion dataVersion;

    MeetingsCalendarController(PublishedMeetingQueries meetings, ICalendars calendars, DataVersion dataVersion) {
        this.meetings = meetings;
        this.calendars = calendars;
        this.dataVersion = dataVersion;
    }

    @GetMapping("/meetings.ics")
    ResponseEntity<String> meetings(Locale locale, WebRequest request) {
        String etag = "W/\"meetings-" + locale.getLanguage() + "-" + dataVersion.current() + "\"";
        if (request.checkNotModified(etag)) {
            return null;
        }
        ICalendar calendar = calendars.calendar("calendars.feed.meetings", "/meetings", locale);
        for (CalendarMeeting meeting : meetings.knownToTheDay()) {
            calendar.addEvent(calendars.allDay("meeting-" + meeting.id(), meeting.firstDay(), meeting.lastDay(),
                    meeting.titleIn(locale), meeting.titleLanguage(locale), meeting.updatedAt(), meeting.placeIn(locale),
                    meeting.path()));
        }
        return ResponseEntity.ok().contentType(ICalendars.TEXT_CALENDAR).eTag(etag).body(ICalendars.write(calendar));
    }
}
