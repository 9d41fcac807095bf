package org.citydiplomacy.portal.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Issue 16, point 7 and issue 14, point 3: dates written the Japanese or the English way are read as the ISO dates they mean. */
class WrittenDatesTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
            "2026年11月30日 | 2026-11-30",
            "2026年2月5日 | 2026-02-05",
            "2025年9月 | 2025-09",
            "令和8年11月30日 | 2026-11-30",
            "令和7年4月1日 | 2025-04-01",
            "令和元年5月1日 | 2019-05-01",
            "平成27年2月3日 | 2015-02-03",
            "平成元年 | 1989",
            "昭和35年 | 1960",
            "昭和64年1月7日 | 1989-01-07",
            "２０２６－１１－３０ | 2026-11-30",
            "２０２６年１１月 | 2026-11",
            "令和７年４月１日 | 2025-04-01",
            "2014年 | 2014",
            "2026/11/30 | 2026-11-30",
            "2026-11-30 | 2026-11-30",
            "5 February 2026 | 2026-02-05",
            "5 Feb 2026 | 2026-02-05",
            "February 5, 2026 | 2026-02-05",
            "September 2025 | 2025-09",
            "Sept. 2025 | 2025-09",
            "1996 | 1996",
            "nonsense | nonsense",
            "5 Brumaire 2026 | 5 Brumaire 2026" })
    void readsWrittenDates(String typed, String iso) {
        assertThat(WrittenDates.normalise(typed)).isEqualTo(iso);
    }

    @Test
    void parsesAtTheWrittenPrecision() {
        assertThat(WrittenDates.parse("令和7年4月1日")).isEqualTo(PartialDate.ofDay(2025, 4, 1));
        assertThat(WrittenDates.parse("September 2025")).isEqualTo(PartialDate.ofMonth(2025, 9));
        assertThat(WrittenDates.parse("1996")).isEqualTo(PartialDate.ofYear(1996));
    }

    @Test
    void refusesDatesThatDoNotExist() {
        assertThatThrownBy(() -> WrittenDates.parse("31 February 2026")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> WrittenDates.parse("令和7年13月1日")).isInstanceOf(IllegalArgumentException.class);
    }
}
