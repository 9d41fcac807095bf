package org.citydiplomacy.portal.statistics.web;

/**
 * Cells of a CSV that a spreadsheet program opens: a cell beginning with =, +, -, @, a tab or a
 * carriage return could be read as a formula (CSV injection, OWASP), so it gets a single quote in
 * front, which spreadsheets show as text. Numbers are written as numbers and never pass here.
 */
final class CsvCells {

    private CsvCells() {
    }

    static String neutralised(String cell) {
        if (cell == null || cell.isEmpty()) {
            return cell;
        }
        return switch (cell.charAt(0)) {
            case '=', '+', '-', '@', '\t', '\r' -> "'" + cell;
            default -> cell;
        };
    }
}
