package org.citydiplomacy.portal.shared;

/**
 * Cells of every CSV the portal writes, safe to open in a spreadsheet program: a cell that begins
 * with {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage return would be read as a
 * formula ({@code =HYPERLINK("http://evil.example", "click")}), so it is written with a leading
 * apostrophe, which spreadsheets show as text and do not display (OWASP, "CSV Injection").
 */
public final class SpreadsheetCells {

    private SpreadsheetCells() {
    }

    /** The cell's text, neutralised if it could start a formula; null stays null (an empty cell). */
    public static String cell(Object value) {
        if (value == null) {
            return null;
        }
        String text = value.toString();
        if (text.isEmpty()) {
            return text;
        }
        return switch (text.charAt(0)) {
            case '=', '+', '-', '@', '\t', '\r' -> "'" + text;
            default -> text;
        };
    }

    /** A whole row of cells, each through {@link #cell}. */
    public static Object[] row(Object... values) {
        Object[] cells = new Object[values.length];
        for (int i = 0; i < values.length; i++) {
            cells[i] = cell(values[i]);
        }
        return cells;
    }
}
