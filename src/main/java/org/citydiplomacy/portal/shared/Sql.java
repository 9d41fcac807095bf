package org.citydiplomacy.portal.shared;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/** Small helpers for reading result sets into records. */
public final class Sql {

    private Sql() {
    }

    public static PartialDate partialDate(ResultSet rs, String column) throws SQLException {
        return PartialDate.ofNullable(rs.getObject(column, LocalDate.class), rs.getString(column + "_precision"));
    }

    public static java.time.Instant instant(ResultSet rs, String column) throws SQLException {
        java.sql.Timestamp value = rs.getTimestamp(column);
        return value == null ? null : value.toInstant();
    }

    public static LocalDate date(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, LocalDate.class);
    }

    public static List<String> strings(ResultSet rs, String column) throws SQLException {
        Array array = rs.getArray(column);
        if (array == null) {
            return List.of();
        }
        return Arrays.asList((String[]) array.getArray());
    }

    public static <E extends Enum<E>> E enumValue(Class<E> type, String value) {
        return value == null ? null : Enum.valueOf(type, value);
    }

    /** A LIKE pattern that finds {@code word} anywhere, with LIKE's wildcards taken literally. */
    public static String containsPattern(String word) {
        return "%" + word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }
}
