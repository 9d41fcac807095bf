package org.citydiplomacy.portal.imports.domain;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.citydiplomacy.portal.imports.ImportFile;
import org.xml.sax.InputSource;
import org.xml.sax.XMLReader;

/**
 * Reads the first sheet of an XLSX workbook with Apache POI's event API: the sheet's XML is parsed
 * as a stream (SAX), a row at a time, instead of loading the workbook (which takes memory in
 * proportion to every cell). The file is copied to a temporary file first, which POI reads without
 * loading the archive into memory. Cells come as the spreadsheet shows them, except dates, which
 * come as ISO dates whatever their display format.
 */
final class XlsxRows {

    private XlsxRows() {
    }

    static void read(ImportFile file, RowHandler handler) {
        Path copy = null;
        try {
            copy = Files.createTempFile("portal-import-", ".xlsx");
            try (InputStream in = file.content().getInputStream()) {
                Files.copy(in, copy, StandardCopyOption.REPLACE_EXISTING);
            }
            try (OPCPackage workbook = OPCPackage.open(copy.toFile(), PackageAccess.READ)) {
                XSSFReader reader = new XSSFReader(workbook);
                XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
                if (!sheets.hasNext()) {
                    throw SpreadsheetFormat.unreadable("import.file.empty");
                }
                try (InputStream sheet = sheets.next()) {
                    XMLReader parser = XMLHelper.newXMLReader();
                    parser.setContentHandler(new XSSFSheetXMLHandler(reader.getStylesTable(),
                            new ReadOnlySharedStringsTable(workbook), new Rows(handler), new IsoDates(), false));
                    parser.parse(new InputSource(sheet));
                }
            }
        }
        catch (org.citydiplomacy.portal.shared.InvalidCommandException ex) {
            throw ex;
        }
        catch (Exception ex) {
            // Not a workbook after all (another kind of ZIP), or a damaged one: POI's many exceptions say the same.
            throw SpreadsheetFormat.unreadable("import.file.unreadable");
        }
        finally {
            if (copy != null) {
                copy.toFile().delete();
            }
        }
    }

    /** Collects one row's cells by column (empty cells are not reported) and hands the row on. */
    private static final class Rows implements XSSFSheetXMLHandler.SheetContentsHandler {

        private final RowHandler handler;
        private final List<String> cells = new ArrayList<>();
        private int headerRow = -1;

        Rows(RowHandler handler) {
            this.handler = handler;
        }

        @Override
        public void startRow(int rowNum) {
            cells.clear();
        }

        @Override
        public void cell(String reference, String value, XSSFComment comment) {
            int column = new CellReference(reference).getCol();
            while (cells.size() <= column) {
                cells.add("");
            }
            cells.set(column, value == null ? "" : value);
        }

        @Override
        public void endRow(int rowNum) {
            if (headerRow < 0) {
                if (cells.stream().allMatch(String::isBlank)) {
                    return;
                }
                headerRow = rowNum;
                handler.header(List.copyOf(cells));
            }
            else if (!cells.stream().allMatch(String::isBlank)) {
                handler.row(rowNum - headerRow, List.copyOf(cells));
            }
        }
    }

    /** Date cells as ISO dates ("2026-02-05"), whatever format the sheet shows them in. */
    private static final class IsoDates extends DataFormatter {

        @Override
        public String formatRawCellContents(double value, int formatIndex, String formatString, boolean use1904Windowing) {
            if (formatString != null && DateUtil.isADateFormat(formatIndex, formatString) && DateUtil.isValidExcelDate(value)) {
                return DateUtil.getLocalDateTime(value, use1904Windowing).toLocalDate().format(DateTimeFormatter.ISO_LOCAL_DATE);
            }
            return super.formatRawCellContents(value, formatIndex, formatString, use1904Windowing);
        }
    }
}
