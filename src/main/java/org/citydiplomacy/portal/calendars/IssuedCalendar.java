package org.citydiplomacy.portal.calendars;

/** A personal calendar just issued: its path ({@code /calendar/{secret}.ics}), shown once. */
public record IssuedCalendar(String path) {
}
