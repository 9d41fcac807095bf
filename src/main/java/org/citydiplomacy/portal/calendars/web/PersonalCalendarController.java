package org.citydiplomacy.portal.calendars.web;

import java.time.Instant;
import java.util.Locale;

import org.citydiplomacy.portal.calendars.CalendarService;
import org.citydiplomacy.portal.calendars.UpcomingDate;
import org.citydiplomacy.portal.calendars.UpcomingDates;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import biweekly.ICalendar;

/**
 * {@code /calendar/{secret}.ics}: a staff member's calendar of reviews, expiries and anniversaries
 * known to the day, for calendar programs that cannot sign in. The secret in the address is the only
 * credential (an unknown or revoked one answers 404); the answer is nobody else's to keep or index.
 */
@Controller
class PersonalCalendarController {

    private final CalendarService feeds;
    private final UpcomingDates upcoming;
    private final ICalendars calendars;

    PersonalCalendarController(CalendarService feeds, UpcomingDates upcoming, ICalendars calendars) {
        this.feeds = feeds;
        this.upcoming = upcoming;
        this.calendars = calendars;
    }

    @GetMapping("/calendar/{secret}.ics")
    ResponseEntity<String> calendar(@PathVariable String secret, Locale locale) {
        String owner = feeds.ownerOf(secret);
        ICalendar calendar = calendars.calendar("calendars.feed.personal", "/staff", locale, owner);
        Instant stamp = Instant.now();
        for (UpcomingDate date : upcoming.around(upcoming.today())) {
            // A date known only to the month or the year has no day to be put on: the workspace lists it.
            if (!date.knownToTheDay()) {
                continue;
            }
            String what = calendars.text("calendars.upcoming." + date.kind(), locale, date.years());
            String summary = calendars.text("calendars.feed.dated", locale, what, date.titleIn(locale));
            calendar.addEvent(calendars.allDay(date.kind().name().toLowerCase(Locale.ROOT) + "-" + date.key() + "-"
                    + date.on(), date.on().start(), date.on().start(), summary, date.titleLanguage(locale), stamp, null,
                    date.staffPath()));
        }
        return ResponseEntity.ok()
                .contentType(ICalendars.TEXT_CALENDAR)
                .cacheControl(CacheControl.noStore().cachePrivate())
                .header("X-Robots-Tag", "noindex, nofollow")
                .header("Referrer-Policy", "no-referrer")
                .body(ICalendars.write(calendar));
    }
}
