package org.citydiplomacy.portal.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.springframework.core.io.ClassPathResource;

/** Real PDF files made on the spot, for uploads. */
public final class Pdfs {

    /**
     * A one-page PDF in Japanese and English ("東京都と相手都市は、水素燃料船の共同研究に関する覚書を
     * 締結した。" and "Hydrogen ferry memorandum (test fixture).") with its Noto Sans CJK JP subset
     * embedded: printed once by Chromium from HTML, since PDFBox cannot embed that font (CFF outlines).
     */
    public static final String JAPANESE_FIXTURE = "agreements/hydrogen-ferry-ja.pdf";

    private Pdfs() {
    }

    public static byte[] onePage() {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            document.addPage(new PDPage());
            document.save(out);
            return out.toByteArray();
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    /** A one-page PDF with these lines of text (Latin characters: Helvetica, not embedded). */
    public static byte[] withText(String... lines) {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage();
            document.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                content.beginText();
                content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                content.setLeading(16);
                content.newLineAtOffset(72, 700);
                for (String line : lines) {
                    content.showText(line);
                    content.newLine();
                }
                content.endText();
            }
            document.save(out);
            return out.toByteArray();
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    public static byte[] japanese() {
        try {
            return new ClassPathResource(JAPANESE_FIXTURE).getContentAsByteArray();
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }
}
