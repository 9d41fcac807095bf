package org.citydiplomacy.portal.agreements.domain;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;

/**
 * Tells a real PDF from anything else by its content, never by its name or declared type: it must
 * start with the PDF header and Apache PDFBox must parse it into a document with pages.
 */
final class PdfCheck {

    private static final byte[] HEADER = "%PDF-".getBytes(StandardCharsets.US_ASCII);

    enum Verdict {
        PDF, NOT_PDF, ENCRYPTED
    }

    private PdfCheck() {
    }

    static Verdict of(byte[] content) {
        if (content.length < HEADER.length || !Arrays.equals(content, 0, HEADER.length, HEADER, 0, HEADER.length)) {
            return Verdict.NOT_PDF;
        }
        // Parse with a temp-file cache: a 10 MB scan must not take its size again (or more) in heap.
        try (PDDocument document = Loader.loadPDF(content, "", null, null, IOUtils.createTempFileOnlyStreamCache())) {
            return document.getNumberOfPages() > 0 ? Verdict.PDF : Verdict.NOT_PDF;
        }
        catch (InvalidPasswordException ex) {
            return Verdict.ENCRYPTED;
        }
        catch (IOException | RuntimeException ex) {
            // PDFBox reports a damaged or fake file as IOException, sometimes as a runtime exception.
            return Verdict.NOT_PDF;
        }
    }
}
