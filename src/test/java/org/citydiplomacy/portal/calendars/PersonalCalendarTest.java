package org.citydiplomacy.portal.calendars;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.http.Cookie;

import org.citydiplomacy.portal.accounts.AccountService;
import org.citydiplomacy.portal.accounts.StaffRole;
import org.citydiplomacy.portal.shared.Office;
import org.citydiplomacy.portal.support.CreatedRecords;
import org.citydiplomacy.portal.support.PortalTest;
import org.citydiplomacy.portal.support.StaffAccounts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.VEvent;

/**
 * A staff member's calendar address through the real security chains: issued from /staff/calendar,
 * read without a session, re-issued and revoked (the old secret then answers 404), and good for
 * nothing else.
 */
@PortalTest
class PersonalCalendarTest {

    private static final Pattern ADDRESS = Pattern.compile("http://localhost:8080/calendar/([A-Za-z0-9_-]{43})\\.ics");

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    AccountService accounts;

    private CreatedRecords created;
    private String editor;

    @BeforeEach
    void setUp() {
        created = CreatedRecords.noteBefore(jdbc);
        editor = StaffAccounts.create(accounts, StaffRole.EDITOR);
    }

    @AfterEach
    void tearDown() {
        jdbc.sql("DELETE FROM calendar_feed WHERE owner = ?").param(editor).update();
        created.remove();
    }

    @Test
    void issuesAnAddressThatOpensTheCalendarWithoutSigningInUntilReissuedOrRevoked() throws Exception {
        LocalDate reviewOn = Office.today().plusDays(10);
        long agreement = jdbc.sql("""
                INSERT INTO agreement (type, title, title_ja, signed_on, signed_on_precision, visibility, review_on, created_by, updated_by)
                VALUES ('OTHER', 'Calendar review', '暦の見直し', DATE '2019-03-03', 'DAY', 'PUBLISHED', ?, 'test', 'test') RETURNING id""")
                .param(reviewOn).query(Long.class).single();

        mvc.perform(get("/staff/calendar").with(user(editor).roles("EDITOR")).header("Accept-Language", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("You have no calendar address.")));

        String first = issue();
        byte[] stored = jdbc.sql("SELECT secret_hash FROM calendar_feed WHERE owner = ? AND revoked_at IS NULL")
                .param(editor).query(byte[].class).single();
        assertThat(stored).isEqualTo(MessageDigest.getInstance("SHA-256").digest(first.getBytes(StandardCharsets.UTF_8)));
        assertThat(jdbc.sql("SELECT count(*) FROM calendar_feed WHERE encode(secret_hash, 'escape') LIKE ?")
                .param("%" + first + "%").query(Long.class).single()).isZero();
        assertThat(jdbc.sql("SELECT issued_by FROM calendar_feed WHERE owner = ?").param(editor).query(String.class).single())
                .isEqualTo(editor);

        // Read as a calendar program reads it: no session, no credentials but the address.
        var answer = mvc.perform(get("/calendar/" + first + ".ics"))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.parseMediaType("text/calendar")))
                .andExpect(header().string(HttpHeaders.CACHE_CONTROL, containsString("no-store")))
                .andExpect(header().string(HttpHeaders.CACHE_CONTROL, containsString("private")))
                .andExpect(header().string("X-Robots-Tag", containsString("noindex")))
                .andExpect(header().doesNotExist(HttpHeaders.SET_COOKIE))
                .andReturn().getResponse();
        ICalendar calendar = Biweekly.parse(answer.getContentAsString(StandardCharsets.UTF_8)).first();
        VEvent review = calendar.getEvents().stream()
                .filter(e -> e.getUid().getValue().equals("review-" + agreement + "-" + reviewOn + "@localhost"))
                .findFirst().orElseThrow();
        assertThat(review.getSummary().getValue()).isEqualTo("Review: Calendar review");
        assertThat(MeetingsCalendarTest.day(review.getDateStart().getValue())).isEqualTo(reviewOn);
        assertThat(review.getUrl().getValue()).isEqualTo("http://localhost:8080/staff/agreements/" + agreement + "/edit");
        // Only days: an anniversary known only to the year (Rome's, in 2026) is in the workspace, not here.
        assertThat(calendar.getEvents()).noneMatch(e -> e.getUid().getValue().startsWith("relationship_anniversary-rome-"));
        ICalendar japanese = Biweekly.parse(mvc.perform(get("/calendar/" + first + ".ics").param("lang", "ja"))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8)).first();
        assertThat(japanese.getEvents()).extracting(e -> e.getSummary().getValue()).contains("見直し：暦の見直し");

        // A new address: the old one stops working.
        String second = issue();
        assertThat(second).isNotEqualTo(first);
        mvc.perform(get("/calendar/" + first + ".ics")).andExpect(status().isNotFound());
        mvc.perform(get("/calendar/" + second + ".ics")).andExpect(status().isOk());

        // Revoked: nothing more, and the page says there is no address.
        mvc.perform(post("/staff/calendar/revoke").with(user(editor).roles("EDITOR")).with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/staff/calendar"));
        mvc.perform(get("/calendar/" + second + ".ics")).andExpect(status().isNotFound());
        assertThat(jdbc.sql("SELECT count(*) FROM calendar_feed WHERE owner = ? AND revoked_by = ?")
                .params(editor, editor).query(Long.class).single()).isEqualTo(2);
        mvc.perform(get("/staff/calendar").with(user(editor).roles("EDITOR")).header("Accept-Language", "ja"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("カレンダーのアドレスはありません。")));

        // Issued again after revoking: a working address once more.
        mvc.perform(get("/calendar/" + issue() + ".ics")).andExpect(status().isOk());
    }

    @Test
    void anUnknownSecretIsNotFoundAndIssuingNeedsAFormOfTheSignedInStaff() throws Exception {
        mvc.perform(get("/calendar/" + "A".repeat(43) + ".ics")).andExpect(status().isNotFound());
        mvc.perform(get("/calendar/nothing-at-all.ics")).andExpect(status().isNotFound());
        mvc.perform(post("/staff/calendar").with(user(editor).roles("EDITOR"))).andExpect(status().isForbidden());
        mvc.perform(get("/staff/calendar")).andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("SELECT count(*) FROM calendar_feed WHERE owner = ?").param(editor).query(Long.class).single())
                .isZero();
    }

    @Test
    void theSecretOpensTheCalendarAndNothingElse() throws Exception {
        String secret = issue();

        // Not an API token...
        mvc.perform(get("/api/v1/agreements/1/editable").header(HttpHeaders.AUTHORIZATION, "Bearer " + secret))
                .andExpect(status().isUnauthorized());
        // ...nor a session...
        mvc.perform(get("/staff").cookie(new Cookie("SESSION", secret))).andExpect(status().is3xxRedirection())
                .andExpect(header().string(HttpHeaders.LOCATION, containsString("/login")));
        // ...and the calendar's address is for reading only.
        mvc.perform(post("/calendar/" + secret + ".ics")).andExpect(status().isForbidden());
    }

    @Test
    void theCalendarAddressesAreKeptFromCrawlers() throws Exception {
        mvc.perform(get("/robots.txt")).andExpect(content().string(containsString("Disallow: /calendar/")));
        mvc.perform(get("/sitemap.xml")).andExpect(content().string(not(containsString("/calendar/"))));
    }

    /** Issues (or re-issues) the editor's address from the page and returns its secret. */
    private String issue() throws Exception {
        String page = mvc.perform(post("/staff/calendar").with(user(editor).roles("EDITOR")).with(csrf())
                        .header("Accept-Language", "en"))
                .andExpect(status().isOk())
                .andExpect(header().string(HttpHeaders.CACHE_CONTROL, containsString("no-store")))
                .andExpect(content().string(containsString("it is shown only once")))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        Matcher address = ADDRESS.matcher(page);
        assertThat(address.find()).as("the page shows the address").isTrue();
        return address.group(1);
    }
}
