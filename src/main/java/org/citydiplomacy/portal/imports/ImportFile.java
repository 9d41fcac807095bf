package org.citydiplomacy.portal.imports;

import org.springframework.core.io.InputStreamSource;

/**
 * An uploaded spreadsheet: its name (for the history of what it writes), how to read a CSV's
 * characters, and its content, which may be read more than once (to detect the encoding).
 */
public record ImportFile(String filename, CsvEncoding encoding, InputStreamSource content) {

    public ImportFile {
        filename = filename == null || filename.isBlank() ? "upload" : filename.strip();
        encoding = encoding == null ? CsvEncoding.AUTO : encoding;
    }
}
