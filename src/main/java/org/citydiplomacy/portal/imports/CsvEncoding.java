package org.citydiplomacy.portal.imports;

/**
 * The character encoding of a CSV file. {@code AUTO} reads the file as UTF-8 if it is valid UTF-8
 * (with or without a byte order mark) and otherwise as Shift_JIS in Windows' extension (CP932,
 * {@code windows-31j}), the way spreadsheet programs in Japan save it. XLSX files carry their own.
 */
public enum CsvEncoding {
    AUTO, UTF_8, SHIFT_JIS
}
