package org.citydiplomacy.portal.calendars.web;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.Locale;

import org.citydiplomacy.portal.platform.web.PublicUrl;
import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import biweekly.property.DateEnd;
import biweekly.property.DateStart;
import biweekly.util.Duration;

/**
 * The portal's calendars written with biweekly (RFC 5545), never by hand: a calendar with its name
 * and description in the reader's language (RFC 7986, and the X-WR- forms that common calendar
 * programs read), and all-day events with a stable UID, each linked to its page at the public address.
 */
@Component
class ICalendars {

    static final MediaType TEXT_CALENDAR = new MediaType("text", "calendar", StandardCharsets.UTF_8);
    private static final String PRODUCT_ID = "-//City Diplomacy Records//Portal//EN";

    private final MessageSource messages;
    private final PublicUrl publicUrl;

    ICalendars(MessageSource messages, PublicUrl publicUrl) {
        this.messages = messages;
        this.publicUrl = publicUrl;
    }

    /** A text of the calendars from the messages, in the reader's language. */
    String text(String key, Locale locale, Object... arguments) {
        return messages.getMessage(key, arguments, locale);
    }

    /** A calendar named and described by the messages {@code <feed>.name} and {@code <feed>.description}. */
    ICalendar calendar(String feed, String page, Locale locale, Object... nameArguments) {
        String name = text(feed + ".name", locale, nameArguments);
        String description = text(feed + ".description", locale);
        ICalendar calendar = new ICalendar();
        calendar.setProductId(PRODUCT_ID);
        calendar.setName(name).setLanguage(locale.getLanguage());
        calendar.setDescription(description).setLanguage(locale.getLanguage());
        calendar.setExperimentalProperty("X-WR-CALNAME", name);
        calendar.setExperimentalProperty("X-WR-CALDESC", description);
        // The records change a few times a week at most: programs need not ask more often than this.
        calendar.setRefreshInterval(new Duration.Builder().hours(6).build());
        calendar.setExperimentalProperty("X-PUBLISHED-TTL", "PT6H");
        calendar.setUrl(publicUrl.absolute(page));
        return calendar;
    }

    /**
     * An all-day event from {@code firstDay} to {@code lastDay} (inclusive; DTEND is the day after, as
     * RFC 5545 wants for dates), where it takes place (or null), linked to {@code page}. Its UID is
     * {@code uid@host of the public URL}, the same on every download.
     */
    VEvent allDay(String uid, LocalDate firstDay, LocalDate lastDay, String summary, String summaryLanguage,
            Instant stamp, String location, String page) {
        VEvent event = new VEvent();
        event.setUid(uid + "@" + publicUrl.publicUrl().getHost());
        // Dates without a time: biweekly writes the date of a java.util.Date in the JVM's zone.
        event.setDateStart(new DateStart(day(firstDay), false));
        event.setDateEnd(new DateEnd(day(lastDay.plusDays(1)), false));
        event.setSummary(summary).setLanguage(summaryLanguage);
        // The stamp is the record's last change, not the time of writing: the same data gives the same bytes.
        event.setDateTimeStamp(Date.from(stamp));
        if (location != null) {
            event.setLocation(location);
        }
        event.setUrl(publicUrl.absolute(page));
        return event;
    }

    static String write(ICalendar calendar) {
        return Biweekly.write(calendar).go();
    }

    private static Date day(LocalDate date) {
        return Date.from(date.atStartOfDay(ZoneId.systemDefault()).toInstant());
    }
}
