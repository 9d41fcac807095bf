package org.citydiplomacy.portal.agreements.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.citydiplomacy.portal.support.Pdfs;
import org.junit.jupiter.api.Test;

class PdfTextTest {

    @Test
    void readsEnglishAndJapaneseText() {
        assertThat(PdfText.of(Pdfs.withText("Tokyo  and", "Rome"), "en.pdf")).isEqualTo("Tokyo and Rome");
        assertThat(PdfText.of(Pdfs.japanese(), "ja.pdf")).contains("東京都と相手都市は、水素燃料船の共同研究に関する覚書を締結した。");
    }

    @Test
    void givesNoWordsForAPageWithoutTextOrABrokenFile() {
        assertThat(PdfText.of(Pdfs.onePage(), "scan.pdf")).isEmpty();
        assertThat(PdfText.of("%PDF-1.7\nnot really\n%%EOF".getBytes(StandardCharsets.US_ASCII), "broken.pdf")).isEmpty();
        assertThat(PdfText.of(new byte[0], "empty.pdf")).isEmpty();
    }
}
