package org.citydiplomacy.portal.statistics.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class CsvCellsTest {

    @ParameterizedTest
    @ValueSource(strings = { "=SUM(A1:A2)", "+1", "-1", "@cmd", "\tx", "\rx" })
    void putsAQuoteBeforeACellThatASpreadsheetWouldReadAsAFormula(String cell) {
        assertThat(CsvCells.neutralised(cell)).isEqualTo("'" + cell);
    }

    @Test
    void leavesOtherCellsAsTheyAre() {
        assertThat(CsvCells.neutralised("Europe")).isEqualTo("Europe");
        assertThat(CsvCells.neutralised("ヨーロッパ")).isEqualTo("ヨーロッパ");
        assertThat(CsvCells.neutralised("a=b")).isEqualTo("a=b");
        assertThat(CsvCells.neutralised("")).isEmpty();
        assertThat(CsvCells.neutralised(null)).isNull();
    }
}
