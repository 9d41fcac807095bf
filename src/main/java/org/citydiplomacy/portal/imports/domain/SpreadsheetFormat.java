package org.citydiplomacy.portal.imports.domain;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

import org.citydiplomacy.portal.imports.ImportFile;
import org.citydiplomacy.portal.shared.InvalidCommandException;

/**
 * Tells XLSX from CSV by the content, not the name: an XLSX file is a ZIP archive ("PK\3\4"); an
 * old binary XLS (an OLE2 compound file) is refused with a message saying to save it as XLSX or CSV.
 */
final class SpreadsheetFormat {

    private static final byte[] ZIP = { 'P', 'K', 3, 4 };
    private static final byte[] OLE2 = { (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0 };

    private SpreadsheetFormat() {
    }

    static void read(ImportFile file, RowHandler handler) {
        byte[] start;
        try (InputStream in = file.content().getInputStream()) {
            start = in.readNBytes(4);
        }
        catch (IOException ex) {
            throw unreadable("import.file.unreadable");
        }
        if (start.length == 0) {
            throw unreadable("import.file.empty");
        }
        if (Arrays.equals(start, OLE2)) {
            throw unreadable("import.file.xls");
        }
        if (Arrays.equals(start, ZIP)) {
            XlsxRows.read(file, handler);
        }
        else {
            CsvRows.read(file, handler);
        }
    }

    static InvalidCommandException unreadable(String code, Object... arguments) {
        InvalidCommandException.Collector problems = new InvalidCommandException.Collector();
        problems.reject("file", code, arguments);
        return new InvalidCommandException(problems.problems());
    }
}
