package org.citydiplomacy.portal.calendars.web;

import java.time.Instant;
import java.util.Locale;

import org.citydiplomacy.portal.calendars.CalendarService;
import org.citydiplomacy.portal.calendars.UpcomingDate;
import org.citydiplomacy.portal.calendars.UpcomingDates;
import org.citydiplomacy.portal.platform.web.PublicUrl;
import org.springframework.context.MessageSource;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import biweekly.ICalendar;
import biweekly.component.VEvent;

/**
 * {@code /calendar/{secret}.ics}: a staff member's calendar of reviews, expiries and anniversaries
 * known to the day, for calendar programs that cannot sign in. The secret in the address is the only
 * credential (an unknown or revoked one answers 404); the answer is nobody else's to keep or index.
 */
@Controller
class PersonalCalendarController {

    private final CalendarService calendars;
    private final UpcomingDates upcoming;
    private final MessageSource messages;
    private final PublicUrl publicUrl;

    PersonalCalendarController(CalendarService calendars, UpcomingDates upcoming, MessageSource messages,
            PublicUrl publicUrl) {
        this.calendars = calendars;
        this.upcoming = upcoming;
        this.messages = messages;
        this.publicUrl = publicUrl;
    }

    @GetMapping("/calendar/{secret}.ics")
    ResponseEntity<String> calendar(@PathVariable String secret, Locale locale) {
        String owner = calendars.ownerOf(secret);
        ICalendar calendar = ICalendars.calendar(
                messages.getMessage("calendars.feed.personal.name", new Object[] { owner }, locale),
                messages.getMessage("calendars.feed.personal.description", null, locale), locale);
        calendar.setUrl(publicUrl.absolute("/staff"));
        Instant stamp = Instant.now();
        for (UpcomingDate date : upcoming.around(upcoming.today())) {
            // A date known only to the month or the year has no day to be put on: the workspace lists it.
            if (!date.knownToTheDay()) {
                continue;
            }
            String what = messages.getMessage("calendars.upcoming." + date.kind(), new Object[] { date.years() }, locale);
            String summary = messages.getMessage("calendars.feed.dated", new Object[] { what, date.titleIn(locale) }, locale);
            VEvent event = ICalendars.allDay(publicUrl, date.kind().name().toLowerCase(Locale.ROOT) + "-" + date.key()
                    + "-" + date.on(), date.on().start(), date.on().start(), summary, date.titleLanguage(locale), stamp);
            event.setUrl(publicUrl.absolute(date.staffPath()));
            calendar.addEvent(event);
        }
        return ResponseEntity.ok()
                .contentType(ICalendars.TEXT_CALENDAR)
                .cacheControl(CacheControl.noStore().cachePrivate())
                .header("X-Robots-Tag", "noindex, nofollow")
                .header("Referrer-Policy", "no-referrer")
                .body(ICalendars.write(calendar));
    }
}
