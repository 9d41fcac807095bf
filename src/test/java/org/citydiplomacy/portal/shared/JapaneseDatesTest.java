package org.citydiplomacy.portal.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Issue 16, point 7: dates typed the Japanese way are read as the ISO dates they mean. */
class JapaneseDatesTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
            "2026年11月30日, 2026-11-30",
            "令和8年11月30日, 2026-11-30",
            "令和元年5月1日, 2019-05-01",
            "平成27年2月3日, 2015-02-03",
            "２０２６－１１－３０, 2026-11-30",
            "２０２６年１１月, 2026-11",
            "2014年, 2014",
            "2026/11/30, 2026-11-30",
            "2026-11-30, 2026-11-30",
            "nonsense, nonsense" })
    void readsJapaneseDates(String typed, String iso) {
        assertThat(JapaneseDates.normalise(typed)).isEqualTo(iso);
    }
}
