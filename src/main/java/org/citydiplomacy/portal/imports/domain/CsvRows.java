package org.citydiplomacy.portal.imports.domain;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.citydiplomacy.portal.imports.CsvEncoding;
import org.citydiplomacy.portal.imports.ImportFile;

/**
 * Reads a CSV file (RFC 4180, Apache Commons CSV: quoted commas and line breaks in cells) one
 * record at a time. Its encoding is the one chosen, or found out: valid UTF-8 is read as UTF-8 (a
 * byte order mark is dropped), anything else as Shift_JIS in Windows' extension (CP932), which is
 * what spreadsheet programs in Japan write.
 */
final class CsvRows {

    /** Shift_JIS as Windows and Excel write it: with the NEC and IBM extensions (①, ㈱, 髙…). */
    static final Charset SHIFT_JIS = Charset.forName("windows-31j");

    private static final char BYTE_ORDER_MARK = '\uFEFF';
    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(true).get();

    private CsvRows() {
    }

    static void read(ImportFile file, RowHandler handler) {
        Charset charset = charset(file);
        try (Reader reader = withoutByteOrderMark(new BufferedReader(
                        new InputStreamReader(file.content().getInputStream(), decoder(charset)), 64 * 1024));
                CSVParser parser = FORMAT.parse(reader)) {
            boolean header = true;
            for (CSVRecord record : parser) {
                List<String> cells = Arrays.asList(record.values());
                if (header) {
                    handler.header(cells);
                    header = false;
                }
                else {
                    handler.row((int) record.getRecordNumber() - 1, cells);
                }
            }
        }
        catch (CharacterCodingException ex) {
            throw SpreadsheetFormat.unreadable("import.file.encoding", charset.displayName());
        }
        catch (IOException | UncheckedIOException | IllegalStateException ex) {
            // Commons CSV reports a malformed file (an unclosed quote) as an UncheckedIOException.
            throw SpreadsheetFormat.unreadable("import.file.unreadable");
        }
    }

    static Charset charset(ImportFile file) {
        return switch (file.encoding()) {
            case UTF_8 -> StandardCharsets.UTF_8;
            case SHIFT_JIS -> SHIFT_JIS;
            case AUTO -> isUtf8(file) ? StandardCharsets.UTF_8 : SHIFT_JIS;
        };
    }

    /** Decodes the whole file once, strictly, without keeping it: a file of any size needs one buffer. */
    private static boolean isUtf8(ImportFile file) {
        CharsetDecoder decoder = decoder(StandardCharsets.UTF_8);
        try (InputStream in = file.content().getInputStream();
                Reader reader = new InputStreamReader(in, decoder)) {
            reader.transferTo(Writer.nullWriter());
            return true;
        }
        catch (CharacterCodingException ex) {
            return false;
        }
        catch (IOException ex) {
            throw SpreadsheetFormat.unreadable("import.file.unreadable");
        }
    }

    private static CharsetDecoder decoder(Charset charset) {
        return charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
    }

    private static Reader withoutByteOrderMark(BufferedReader reader) throws IOException {
        reader.mark(1);
        if (reader.read() != BYTE_ORDER_MARK) {
            reader.reset();
        }
        return reader;
    }
}
