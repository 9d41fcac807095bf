package org.citydiplomacy.portal.agreements.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;

import org.citydiplomacy.portal.agreements.DocumentProperties;
import org.citydiplomacy.portal.shared.InvalidCommandException;
import org.citydiplomacy.portal.support.Pdfs;
import org.junit.jupiter.api.Test;
import org.springframework.util.unit.DataSize;

/** The checks and names of stored files, without a database (nothing is saved here). */
class DocumentStoreTest {

    private final DocumentStore store = new DocumentStore(null, new DocumentProperties(DataSize.ofKilobytes(64)));

    @Test
    void keepsOnlyTheLastPathSegmentWithoutQuotesAndEndsInPdf() {
        assertThat(DocumentStore.safeFilename("../../etc/Signed \"copy\".PDF")).isEqualTo("Signed _copy_.PDF");
        assertThat(DocumentStore.safeFilename("C:\\scans\\memo")).isEqualTo("memo.pdf");
        assertThat(DocumentStore.safeFilename("..")).isEqualTo("document.pdf");
        assertThat(DocumentStore.safeFilename(null)).isEqualTo("document.pdf");
        assertThat(DocumentStore.safeFilename("a".repeat(300) + ".pdf")).hasSize(255).endsWith(".pdf");
    }

    @Test
    void digestsTheBytesAsLowerCaseHexSha256() {
        assertThat(DocumentStore.sha256("abc".getBytes(StandardCharsets.US_ASCII)))
                .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    }

    @Test
    void acceptsAPdfWithinTheLimit() {
        InvalidCommandException.Collector problems = new InvalidCommandException.Collector();
        store.check(Pdfs.onePage(), problems);
        assertThat(problems.hasProblems()).isFalse();
    }

    @Test
    void refusesAnEmptyATooLargeOrANonPdfFile() {
        for (byte[] content : new byte[][] { new byte[0], new byte[64 * 1024 + 1],
                "not a PDF".getBytes(StandardCharsets.UTF_8) }) {
            InvalidCommandException.Collector problems = new InvalidCommandException.Collector();
            store.check(content, problems);
            assertThatThrownBy(problems::throwIfAny).isInstanceOf(InvalidCommandException.class);
        }
    }
}
