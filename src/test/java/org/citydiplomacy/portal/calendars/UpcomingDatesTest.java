package org.citydiplomacy.portal.calendars;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.UUID;

import org.citydiplomacy.portal.calendars.UpcomingDate.Kind;
import org.citydiplomacy.portal.calendars.domain.UpcomingDateQueries;
import org.citydiplomacy.portal.shared.PartialDate;
import org.citydiplomacy.portal.support.CreatedRecords;
import org.citydiplomacy.portal.support.PortalTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What comes up next, computed on the real database from the seed (Paris since 14 July 1982, Rome
 * since 1996, known only to the year) and from records made here, with "today" given.
 */
@PortalTest
class UpcomingDatesTest {

    /** A day in the office's zone; the window runs to 29 November 2027. */
    static final LocalDate TODAY = LocalDate.of(2026, 11, 30);

    @Autowired
    UpcomingDates upcoming;

    @Autowired
    UpcomingDateQueries queries;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Clock clock;

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
    void romeKnownOnlyToTheYearTurnsThirtyIn2026NeverOnAnInventedDay() {
        List<UpcomingDate> rome = anniversariesOf("rome", upcoming.around(TODAY));

        assertThat(rome).singleElement().satisfies(date -> {
            assertThat(date.on()).isEqualTo(PartialDate.ofYear(2026));
            assertThat(date.on()).hasToString("2026");
            assertThat(date.years()).isEqualTo(30);
            assertThat(date.knownToTheDay()).isFalse();
            assertThat(date.staffPath()).isEqualTo("/staff/partners/rome/edit");
        });
        // In 2027 Rome turns 31: not an anniversary that is marked.
        assertThat(anniversariesOf("rome", upcoming.around(LocalDate.of(2027, 1, 1)))).isEmpty();
    }

    @Test
    void parisFriendshipTurnsFortyFiveOn14July2027() {
        assertThat(anniversariesOf("paris", upcoming.around(TODAY))).singleElement().satisfies(date -> {
            assertThat(date.on()).isEqualTo(PartialDate.ofDay(2027, 7, 14));
            assertThat(date.years()).isEqualTo(45);
            assertThat(date.knownToTheDay()).isTrue();
        });
        // The day after, it has passed: anniversaries are listed from today on.
        assertThat(anniversariesOf("paris", upcoming.around(LocalDate.of(2027, 7, 15)))).isEmpty();
        assertThat(anniversariesOf("paris", upcoming.around(LocalDate.of(2027, 7, 14)))).hasSize(1);
    }

    @Test
    void marksTheFirstAnniversaryThenEveryFifthAtThePrecisionOfTheSigning() {
        String marker = UUID.randomUUID().toString().substring(0, 8);
        long first = agreement("First " + marker, LocalDate.of(2025, 12, 10), "DAY", "PUBLISHED");
        long third = agreement("Third " + marker, LocalDate.of(2023, 12, 10), "DAY", "PUBLISHED");
        long fifth = agreement("Fifth " + marker, LocalDate.of(2021, 12, 10), "DAY", "DRAFT");
        long tenthByMonth = agreement("Tenth " + marker, LocalDate.of(2016, 12, 1), "MONTH", "PUBLISHED");
        long withdrawn = agreement("Withdrawn " + marker, LocalDate.of(2021, 12, 11), "DAY", "WITHDRAWN");

        List<UpcomingDate> dates = upcoming.around(TODAY);

        assertThat(anniversary(dates, first)).isEqualTo(new UpcomingDate(Kind.AGREEMENT_ANNIVERSARY,
                PartialDate.ofDay(2026, 12, 10), 1, Long.toString(first), "First " + marker, null));
        assertThat(anniversary(dates, third)).isNull();
        assertThat(anniversary(dates, fifth).years()).isEqualTo(5);
        assertThat(anniversary(dates, tenthByMonth).on()).isEqualTo(PartialDate.ofMonth(2026, 12));
        assertThat(anniversary(dates, withdrawn)).isNull();
    }

    @Test
    void listsReviewsAndExpiriesFromThirtyDaysAgoSoonestFirstButNotOfWithdrawnAgreements() {
        String marker = UUID.randomUUID().toString().substring(0, 8);
        long passed = agreement("Passed " + marker, LocalDate.of(2020, 3, 3), "DAY", "PUBLISHED");
        jdbc.sql("UPDATE agreement SET review_on = ?, expires_on = ? WHERE id = ?")
                .params(TODAY.minusDays(10), TODAY.plusMonths(11), passed).update();
        long tooOld = agreement("Too old " + marker, LocalDate.of(2020, 3, 3), "DAY", "PUBLISHED");
        jdbc.sql("UPDATE agreement SET review_on = ? WHERE id = ?").params(TODAY.minusDays(31), tooOld).update();
        long withdrawn = agreement("Withdrawn " + marker, LocalDate.of(2020, 3, 3), "DAY", "WITHDRAWN");
        jdbc.sql("UPDATE agreement SET review_on = ? WHERE id = ?").params(TODAY.plusDays(3), withdrawn).update();

        List<UpcomingDate> dates = upcoming.around(TODAY);

        List<UpcomingDate> ofPassed = dates.stream().filter(d -> d.key().equals(Long.toString(passed))
                && !d.kind().name().endsWith("ANNIVERSARY")).toList();
        assertThat(ofPassed).extracting(UpcomingDate::kind).containsExactly(Kind.REVIEW, Kind.EXPIRY);
        assertThat(ofPassed.get(0).passed(TODAY)).isTrue();
        assertThat(ofPassed.get(1).on()).isEqualTo(PartialDate.ofDay(2027, 10, 30));
        assertThat(dates).noneMatch(d -> d.key().equals(Long.toString(tooOld)) || d.key().equals(Long.toString(withdrawn)));
        assertThat(dates).extracting(d -> d.on().start()).isSorted();
    }

    @Test
    void partnersWithNothingRecordedForFiveYearsOrMoreAreDormant() {
        String marker = UUID.randomUUID().toString().substring(0, 8);
        String silent = partner("silent-" + marker);
        meeting(silent, LocalDate.of(2020, 6, 1), "DAY");
        String lately = partner("lately-" + marker);
        meeting(lately, LocalDate.of(2020, 6, 1), "DAY");
        agreementWith(lately, LocalDate.of(2024, 1, 1), "YEAR");
        String never = partner("never-" + marker);
        // Known only to the year 2021: it may have been in December, after the cut-off day (30 November 2021).
        String yearOnly = partner("year-only-" + marker);
        meeting(yearOnly, LocalDate.of(2021, 1, 1), "YEAR");
        String exactlyFive = partner("exactly-five-" + marker);
        meeting(exactlyFive, TODAY.minusYears(5), "DAY");

        List<DormantPartner> dormant = upcoming.dormantPartners(TODAY);

        assertThat(dormant).extracting(DormantPartner::slug).contains(silent, never, exactlyFive)
                .doesNotContain(lately, yearOnly);
        assertThat(dormant).filteredOn(p -> p.slug().equals(silent)).singleElement()
                .satisfies(p -> assertThat(p.lastContact()).isEqualTo(PartialDate.ofDay(2020, 6, 1)));
        assertThat(dormant).filteredOn(p -> p.slug().equals(never)).singleElement()
                .satisfies(p -> assertThat(p.lastContact()).isNull());

        // Configurable: after ten years of silence only, the partner last met in 2020 is not dormant.
        UpcomingDates tenYears = new UpcomingDates(queries, new CalendarProperties(Period.ofYears(10), Period.ofMonths(12)),
                clock);
        assertThat(tenYears.dormantPartners(TODAY)).extracting(DormantPartner::slug).contains(never).doesNotContain(silent);
    }

    private static List<UpcomingDate> anniversariesOf(String slug, List<UpcomingDate> dates) {
        return dates.stream().filter(d -> d.kind() == Kind.RELATIONSHIP_ANNIVERSARY && d.key().equals(slug)).toList();
    }

    private static UpcomingDate anniversary(List<UpcomingDate> dates, long agreementId) {
        return dates.stream().filter(d -> d.kind() == Kind.AGREEMENT_ANNIVERSARY && d.key().equals(Long.toString(agreementId)))
                .findFirst().orElse(null);
    }

    private long agreement(String title, LocalDate signedOn, String precision, String visibility) {
        return jdbc.sql("""
                INSERT INTO agreement (type, title, signed_on, signed_on_precision, visibility, created_by, updated_by)
                VALUES ('OTHER', ?, ?, ?, ?, 'test', 'test') RETURNING id""")
                .params(title, signedOn, precision, visibility).query(Long.class).single();
    }

    private void agreementWith(String slug, LocalDate signedOn, String precision) {
        long id = agreement("With " + slug, signedOn, precision, "PUBLISHED");
        jdbc.sql("INSERT INTO agreement_partner (agreement_id, partner_id) SELECT ?, id FROM partner WHERE slug = ?")
                .params(id, slug).update();
    }

    private String partner(String slug) {
        jdbc.sql("""
                INSERT INTO partner (slug, name, kind, country, relationship, visibility, created_by, updated_by)
                VALUES (?, ?, 'CITY', 'FR', 'PARTNER', 'PUBLISHED', 'test', 'test')""")
                .params(slug, "Partner " + slug).update();
        return slug;
    }

    private void meeting(String slug, LocalDate heldOn, String precision) {
        long id = jdbc.sql("""
                INSERT INTO meeting (title, held_on, held_on_precision, kind, visibility, created_by, updated_by)
                VALUES (?, ?, ?, 'BILATERAL_VISIT', 'PUBLISHED', 'test', 'test') RETURNING id""")
                .params("Meeting with " + slug, heldOn, precision).query(Long.class).single();
        jdbc.sql("INSERT INTO meeting_partner (meeting_id, partner_id) SELECT ?, id FROM partner WHERE slug = ?")
                .params(id, slug).update();
    }
}
