package org.citydiplomacy.portal.calendars;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.citydiplomacy.portal.support.CreatedRecords;
import org.citydiplomacy.portal.support.PortalTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.VEvent;

/** {@code /meetings.ics} read back with the library that wrote it (biweekly), as a calendar program would. */
@PortalTest
class MeetingsCalendarTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    private CreatedRecords created;

    @BeforeEach
    void noteRecordsBefore() {
        created = CreatedRecords.noteBefore(jdbc);
    }

    @AfterEach
    void removeCreatedRecords() {
        created.remove();
    }

    @Test
    void holdsThePublishedMeetingsKnownToTheDayAsAllDayEventsWithStableUids() throws Exception {
        String marker = UUID.randomUUID().toString().substring(0, 8);
        long draft = meeting("Draft " + marker, LocalDate.of(2026, 3, 3), "DAY", "DRAFT");
        long withdrawn = meeting("Withdrawn " + marker, LocalDate.of(2026, 3, 4), "DAY", "WITHDRAWN");
        long byMonth = meeting("By month " + marker, LocalDate.of(2026, 3, 1), "MONTH", "PUBLISHED");
        long twoDays = meeting("Two days " + marker, LocalDate.of(2026, 3, 5), "DAY", "PUBLISHED");
        jdbc.sql("UPDATE meeting SET ends_on = DATE '2026-03-06', ends_on_precision = 'DAY' WHERE id = ?").param(twoDays).update();

        MockHttpServletResponse answer = mvc.perform(get("/meetings.ics")).andExpect(status().isOk()).andReturn().getResponse();
        assertThat(answer.getContentType()).isEqualToIgnoringCase("text/calendar;charset=UTF-8");
        ICalendar calendar = parse(answer);
        Map<String, VEvent> events = byUid(calendar);

        List<Long> publishedByDay = jdbc.sql("SELECT id FROM meeting WHERE visibility = 'PUBLISHED' AND held_on_precision = 'DAY'")
                .query(Long.class).list();
        assertThat(events.keySet()).containsExactlyInAnyOrderElementsOf(
                publishedByDay.stream().map(id -> "meeting-" + id + "@localhost").toList());
        assertThat(events).doesNotContainKeys(uid(draft), uid(withdrawn), uid(byMonth));
        assertThat(calendar.getDescriptions().get(0).getValue()).contains("known only to the month or the year are left out");

        VEvent rome = events.values().stream()
                .filter(e -> e.getSummary().getValue().equals("Meeting of the Governor of Tokyo and the Mayor of Rome at Rome City Hall"))
                .findFirst().orElseThrow();
        assertThat(day(rome.getDateStart().getValue())).isEqualTo(LocalDate.of(2026, 2, 5));
        assertThat(rome.getDateStart().getValue().hasTime()).isFalse();
        assertThat(day(rome.getDateEnd().getValue())).isEqualTo(LocalDate.of(2026, 2, 6));
        assertThat(rome.getLocation().getValue()).isEqualTo("Rome City Hall");
        assertThat(rome.getUrl().getValue()).isEqualTo("http://localhost:8080/meetings/" + rome.getUid().getValue()
                .replace("meeting-", "").replace("@localhost", ""));

        VEvent both = events.get(uid(twoDays));
        assertThat(day(both.getDateStart().getValue())).isEqualTo(LocalDate.of(2026, 3, 5));
        assertThat(day(both.getDateEnd().getValue())).isEqualTo(LocalDate.of(2026, 3, 7));

        // The same meetings under the same UIDs on every download.
        assertThat(byUid(parse(mvc.perform(get("/meetings.ics")).andReturn().getResponse())).keySet())
                .isEqualTo(events.keySet());
    }

    @Test
    void givesTheJapaneseTitlesAndPlacesWithLangJa() throws Exception {
        ICalendar calendar = parse(mvc.perform(get("/meetings.ics").param("lang", "ja")).andExpect(status().isOk())
                .andReturn().getResponse());

        assertThat(calendar.getEvents()).extracting(e -> e.getSummary().getValue())
                .contains("ローマ市庁舎における東京都知事とローマ市長の会談")
                .doesNotContain("Meeting of the Governor of Tokyo and the Mayor of Rome at Rome City Hall");
        assertThat(calendar.getEvents()).extracting(e -> e.getLocation() == null ? null : e.getLocation().getValue())
                .contains("ローマ市庁舎");
        assertThat(calendar.getDescriptions().get(0).getValue()).contains("含みません");
    }

    @Test
    void answersNotModifiedUntilTheDataChanges() throws Exception {
        String etag = mvc.perform(get("/meetings.ics")).andExpect(status().isOk()).andReturn().getResponse()
                .getHeader(HttpHeaders.ETAG);
        assertThat(etag).isNotBlank();

        mvc.perform(get("/meetings.ics").header(HttpHeaders.IF_NONE_MATCH, etag)).andExpect(status().isNotModified());
        meeting("New " + UUID.randomUUID(), LocalDate.of(2026, 4, 4), "DAY", "PUBLISHED");
        mvc.perform(get("/meetings.ics").header(HttpHeaders.IF_NONE_MATCH, etag)).andExpect(status().isOk());
    }

    @Test
    void theMeetingsPageLinksToTheCalendarInTheReadersLanguage() throws Exception {
        mvc.perform(get("/meetings").header("Accept-Language", "en")).andExpect(status().isOk())
                .andExpect(content().string(containsString(
                        "<a href=\"/meetings.ics\" type=\"text/calendar\">Calendar of the meetings known to the day (iCalendar, for calendar programs)</a>")));
        mvc.perform(get("/meetings").header("Accept-Language", "ja")).andExpect(status().isOk())
                .andExpect(content().string(containsString(
                        "<a href=\"/meetings.ics?lang=ja\" type=\"text/calendar\">日付が判明している会談のカレンダー（iCalendar形式、カレンダーアプリ用）</a>")));
    }

    private static ICalendar parse(MockHttpServletResponse response) throws Exception {
        ICalendar calendar = Biweekly.parse(response.getContentAsString(StandardCharsets.UTF_8)).first();
        assertThat(calendar).isNotNull();
        return calendar;
    }

    private static Map<String, VEvent> byUid(ICalendar calendar) {
        return calendar.getEvents().stream().collect(Collectors.toMap(e -> e.getUid().getValue(), Function.identity()));
    }

    private static String uid(long meetingId) {
        return "meeting-" + meetingId + "@localhost";
    }

    /** A date without a time, as biweekly reads it: the day in the JVM's zone. */
    static LocalDate day(java.util.Date date) {
        return date.toInstant().atZone(ZoneId.systemDefault()).toLocalDate();
    }

    private long meeting(String title, LocalDate heldOn, String precision, String visibility) {
        return jdbc.sql("""
                INSERT INTO meeting (title, held_on, held_on_precision, kind, visibility, created_by, updated_by)
                VALUES (?, ?, ?, 'SUMMIT', ?, 'test', 'test') RETURNING id""")
                .params(title, heldOn, precision, visibility).query(Long.class).single();
    }
}
