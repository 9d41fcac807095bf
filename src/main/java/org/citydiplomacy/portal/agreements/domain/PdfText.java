package org.citydiplomacy.portal.agreements.domain;

import java.io.IOException;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The words of a signed PDF, for the search (Apache PDFBox's text stripper, which reads English and
 * Japanese alike from fonts that map their glyphs to Unicode). A file it cannot read gives no words,
 * never an error: a scan without a text layer or a damaged file must still be stored.
 */
final class PdfText {

    /** Keeps one agreement's search text within reason: some 300 pages of dense text. */
    static final int MAX_CHARACTERS = 1_000_000;

    private static final Logger log = LoggerFactory.getLogger(PdfText.class);

    private PdfText() {
    }

    /** The text of {@code content}, whitespace runs made single spaces; empty if there is none or it cannot be read. */
    static String of(byte[] content, String name) {
        // A temp-file cache, as in PdfCheck: a 10 MB scan must not take its size again in heap.
        try (PDDocument document = Loader.loadPDF(content, "", null, null, IOUtils.createTempFileOnlyStreamCache())) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            // PostgreSQL text holds no NUL, and control characters are no words.
            String text = stripper.getText(document).replaceAll("[\\s\\u3000]+", " ")
                    .replaceAll("\\p{Cntrl}", "").strip();
            if (text.isEmpty()) {
                log.info("Signed document {} has no text layer: it is stored, but its words cannot be searched", name);
            }
            return text.length() > MAX_CHARACTERS ? text.substring(0, MAX_CHARACTERS) : text;
        }
        catch (IOException | RuntimeException ex) {
            log.warn("The text of signed document {} could not be read ({}): it is stored, but its words cannot be searched",
                    name, ex.toString());
            return "";
        }
    }
}
