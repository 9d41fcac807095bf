package org.citydiplomacy.portal.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.citydiplomacy.portal.shared.PartialDate;
import org.citydiplomacy.portal.timeline.TimelineEvent.Kind;
import org.junit.jupiter.api.Test;

/** The quiet period that ends a timeline, counted in whole years up to a given day. */
class QuietPeriodTest {

    static List<TimelineEvent> lastOn(PartialDate date) {
        return List.of(new TimelineEvent(PartialDate.ofYear(1988), Kind.RELATIONSHIP, "FRIENDSHIP", "Seoul", null, null,
                null, null, null), new TimelineEvent(date, Kind.AGREEMENT, "STATEMENT", "t", null, 1L, null, null, 27));
    }

    @Test
    void countsWholeYearsFromTheLastEvent() {
        List<TimelineEvent> seoul = lastOn(PartialDate.ofDay(2015, 2, 3));
        assertThat(PartnerPage.yearsQuietSinceLast(seoul, LocalDate.of(2026, 11, 30))).isEqualTo(11);
        assertThat(PartnerPage.yearsQuietSinceLast(seoul, LocalDate.of(2026, 2, 2))).isEqualTo(10);
        assertThat(PartnerPage.yearsQuietSinceLast(seoul, LocalDate.of(2026, 2, 3))).isEqualTo(11);
    }

    @Test
    void saysNothingUnderOneYearOrWithoutEvents() {
        assertThat(PartnerPage.yearsQuietSinceLast(lastOn(PartialDate.ofDay(2026, 2, 5)), LocalDate.of(2026, 11, 30)))
                .isNull();
        assertThat(PartnerPage.yearsQuietSinceLast(lastOn(PartialDate.ofDay(2027, 1, 1)), LocalDate.of(2026, 11, 30)))
                .isNull();
        assertThat(PartnerPage.yearsQuietSinceLast(List.of(), LocalDate.of(2026, 11, 30))).isNull();
    }

    @Test
    void aDateKnownToItsYearCountsFromItsLastDay() {
        // "1996" may be 31 December 1996: on 30 November 2026 only 29 whole years have surely passed.
        assertThat(PartnerPage.yearsQuietSinceLast(lastOn(PartialDate.ofYear(1996)), LocalDate.of(2026, 11, 30)))
                .isEqualTo(29);
        assertThat(PartnerPage.yearsQuietSinceLast(lastOn(PartialDate.ofMonth(2015, 2)), LocalDate.of(2026, 2, 28)))
                .isEqualTo(11);
    }
}
