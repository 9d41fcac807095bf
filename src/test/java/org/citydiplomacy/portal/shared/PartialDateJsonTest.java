package org.citydiplomacy.portal.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.citydiplomacy.portal.support.PortalTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/** The JSON form of a partial date, through the application's own mapper. */
@PortalTest
class PartialDateJsonTest {

    record Dated(String title, PartialDate date) {
    }

    @Autowired
    JsonMapper json;

    @Test
    void writesEachPrecisionAsIso8601AtThatPrecision() {
        assertThat(json.writeValueAsString(new Dated("Rome", PartialDate.ofDay(2026, 2, 5))))
                .isEqualTo("{\"title\":\"Rome\",\"date\":\"2026-02-05\"}");
        assertThat(json.writeValueAsString(new Dated("Tokyo", PartialDate.ofMonth(2025, 9))))
                .isEqualTo("{\"title\":\"Tokyo\",\"date\":\"2025-09\"}");
        assertThat(json.writeValueAsString(new Dated("Friendship", PartialDate.ofYear(1996))))
                .isEqualTo("{\"title\":\"Friendship\",\"date\":\"1996\"}");
    }

    @Test
    void writesPartialDatesInsideCollectionsTheSameWay() {
        assertThat(json.writeValueAsString(List.of(PartialDate.ofYear(1996), PartialDate.ofMonth(2025, 9))))
                .isEqualTo("[\"1996\",\"2025-09\"]");
    }

    @Test
    void leavesAnUnknownDateOut() {
        assertThat(json.writeValueAsString(new Dated("Unknown", null))).isEqualTo("{\"title\":\"Unknown\"}");
    }

    @ParameterizedTest
    @ValueSource(strings = { "2026-02-05", "2025-09", "1996" })
    void readsWhatItWrites(String iso) {
        Dated read = json.readValue("{\"title\":\"x\",\"date\":\"" + iso + "\"}", Dated.class);

        assertThat(read.date()).isEqualTo(PartialDate.parse(iso));
        assertThat(json.writeValueAsString(read)).contains("\"" + iso + "\"");
    }

    @Test
    void refusesToReadADateThatDoesNotExist() {
        assertThatThrownBy(() -> json.readValue("{\"title\":\"x\",\"date\":\"2021-02-30\"}", Dated.class))
                .isInstanceOf(JacksonException.class);
    }
}
