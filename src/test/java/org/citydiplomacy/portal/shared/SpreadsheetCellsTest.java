package org.citydiplomacy.portal.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class SpreadsheetCellsTest {

    @ParameterizedTest
    @ValueSource(strings = { "=SUM(A1:A2)", "+1", "-1", "@cmd", "\tx", "\rx" })
    void putsAQuoteBeforeACellThatASpreadsheetWouldReadAsAFormula(String cell) {
        assertThat(SpreadsheetCells.cell(cell)).isEqualTo("'" + cell);
    }

    @Test
    void leavesOtherCellsAsTheyAre() {
        assertThat(SpreadsheetCells.cell("Europe")).isEqualTo("Europe");
        assertThat(SpreadsheetCells.cell("ヨーロッパ")).isEqualTo("ヨーロッパ");
        assertThat(SpreadsheetCells.cell("a=b")).isEqualTo("a=b");
        assertThat(SpreadsheetCells.cell("")).isEmpty();
        assertThat(SpreadsheetCells.cell(null)).isNull();
    }
}
