package org.citydiplomacy.portal.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PartialDateTest {

    @Test
    void parsesAYearAsTheFirstOfJanuaryAtYearPrecision() {
        PartialDate date = PartialDate.parse("1996");

        assertThat(date.start()).isEqualTo(LocalDate.of(1996, 1, 1));
        assertThat(date.precision()).isEqualTo(DatePrecision.YEAR);
        assertThat(date).isEqualTo(PartialDate.ofYear(1996));
    }

    @Test
    void parsesAMonthAsItsFirstDayAtMonthPrecision() {
        PartialDate date = PartialDate.parse("2025-09");

        assertThat(date.start()).isEqualTo(LocalDate.of(2025, 9, 1));
        assertThat(date.precision()).isEqualTo(DatePrecision.MONTH);
        assertThat(date).isEqualTo(PartialDate.ofMonth(2025, 9));
    }

    @Test
    void parsesADayAtDayPrecision() {
        PartialDate date = PartialDate.parse("2026-02-05");

        assertThat(date.start()).isEqualTo(LocalDate.of(2026, 2, 5));
        assertThat(date.precision()).isEqualTo(DatePrecision.DAY);
        assertThat(date).isEqualTo(PartialDate.ofDay(2026, 2, 5));
    }

    @Test
    void parsesALeapDay() {
        assertThat(PartialDate.parse("1960-02-29").start()).isEqualTo(LocalDate.of(1960, 2, 29));
    }

    @Test
    void ignoresSurroundingWhitespace() {
        assertThat(PartialDate.parse(" 2025-09 ")).isEqualTo(PartialDate.ofMonth(2025, 9));
    }

    @ParameterizedTest
    @ValueSource(strings = { "2020-13", "2020-00", "2021-02-30", "2021-02-29", "2021-04-31", "abc", "", " ", "96",
            "2021-2-5", "2021/02/05", "2021-02-05T10:00", "20210205", "-2021" })
    void rejectsWhatIsNotARealIsoDateAtSomePrecision(String text) {
        assertThatThrownBy(() -> PartialDate.parse(text)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void rejectsNull() {
        assertThatThrownBy(() -> PartialDate.parse(null)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void refusesAMonthOrYearThatDoesNotStartItsPeriod() {
        assertThatThrownBy(() -> new PartialDate(LocalDate.of(2025, 9, 2), DatePrecision.MONTH))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new PartialDate(LocalDate.of(1996, 7, 1), DatePrecision.YEAR))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void buildsFromStoredColumnsAndKeepsAnUnknownDateUnknown() {
        assertThat(PartialDate.ofNullable(LocalDate.of(2014, 4, 1), "MONTH")).isEqualTo(PartialDate.ofMonth(2014, 4));
        assertThat(PartialDate.ofNullable(null, null)).isNull();
    }

    @ParameterizedTest
    @CsvSource({
            "2026-02-05, 2026-02-05",
            "2025-09,    2025-09-30",
            "2024-02,    2024-02-29",
            "2023-02,    2023-02-28",
            "1996,       1996-12-31",
            "2024,       2024-12-31" })
    void endsOnTheLastDayOfItsPeriod(String text, LocalDate end) {
        assertThat(PartialDate.parse(text).end()).isEqualTo(end);
    }

    @ParameterizedTest
    @ValueSource(strings = { "2026-02-05", "2025-09", "1996", "0800", "1960-02-29" })
    void writesIsoAtItsOwnPrecisionAndReadsItBack(String text) {
        PartialDate date = PartialDate.parse(text);

        assertThat(date.toString()).isEqualTo(text);
        assertThat(PartialDate.parse(date.toString())).isEqualTo(date);
    }

    @ParameterizedTest
    @CsvSource({
            "2026-02-05, 5 February 2026",
            "2025-09,    September 2025",
            "1996,       1996",
            "1960-02-29, 29 February 1960" })
    void formatsInEnglishAtItsPrecision(String text, String expected) {
        assertThat(PartialDate.parse(text).format(Locale.ENGLISH)).isEqualTo(expected);
        assertThat(PartialDate.parse(text).format(Locale.UK)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({
            "2026-02-05, 2026年2月5日",
            "2025-09,    2025年9月",
            "1996,       1996年" })
    void formatsInJapaneseAtItsPrecision(String text, String expected) {
        assertThat(PartialDate.parse(text).format(Locale.JAPANESE)).isEqualTo(expected);
        assertThat(PartialDate.parse(text).format(Locale.JAPAN)).isEqualTo(expected);
    }

    @Test
    void formatsInEnglishForAnyOtherLanguage() {
        assertThat(PartialDate.parse("2025-09").format(Locale.FRENCH)).isEqualTo("September 2025");
    }

    @Test
    void ordersByStartThenFromFinestToCoarsestPrecision() {
        PartialDate year2014 = PartialDate.ofYear(2014);
        PartialDate january2014 = PartialDate.ofMonth(2014, 1);
        PartialDate firstOfJanuary2014 = PartialDate.ofDay(2014, 1, 1);
        PartialDate april2014 = PartialDate.ofMonth(2014, 4);
        PartialDate july2014 = PartialDate.ofDay(2014, 7, 23);
        PartialDate year2015 = PartialDate.ofYear(2015);
        List<PartialDate> dates = new ArrayList<>(
                List.of(year2015, july2014, year2014, april2014, january2014, firstOfJanuary2014));
        Collections.shuffle(dates, new java.util.Random(7));

        Collections.sort(dates);

        assertThat(dates).containsExactly(firstOfJanuary2014, january2014, year2014, april2014, july2014, year2015);
        assertThat(PartialDate.ofYear(1996).compareTo(PartialDate.ofYear(1996))).isZero();
    }
}
