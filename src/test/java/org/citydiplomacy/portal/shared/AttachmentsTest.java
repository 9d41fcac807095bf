package org.citydiplomacy.portal.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.http.ContentDisposition;

class AttachmentsTest {

    @Test
    void keepsAPlainNameAsItIs() {
        assertThat(Attachments.contentDisposition("communique-2026.pdf"))
                .isEqualTo("attachment; filename=\"communique-2026.pdf\"; filename*=UTF-8''communique-2026.pdf");
    }

    @Test
    void encodesAJapaneseNameAsUtf8WithAnAsciiFallback() {
        String header = Attachments.contentDisposition("東京 ローマ.pdf");
        assertThat(header).isEqualTo("attachment; filename=\"__ ___.pdf\"; "
                + "filename*=UTF-8''%E6%9D%B1%E4%BA%AC%20%E3%83%AD%E3%83%BC%E3%83%9E.pdf");
        // A standard parser reads the exact name back.
        assertThat(ContentDisposition.parse(header).getFilename()).isEqualTo("東京 ローマ.pdf");
    }

    @Test
    void cannotBeSplitOrPointOutsideTheDownloadFolder() {
        String header = Attachments.contentDisposition("..\\..\\evil\"\r\nSet-Cookie: x=1.pdf");
        assertThat(header).doesNotContain("\r", "\n", "\\", "..\\");
        assertThat(header).startsWith("attachment; filename=\"evil_Set-Cookie: x=1.pdf\"; filename*=UTF-8''evil%22Set-Cookie%3A%20x%3D1.pdf");
        assertThat(Attachments.contentDisposition("/etc/passwd")).startsWith("attachment; filename=\"passwd\"");
        assertThat(Attachments.contentDisposition("..")).startsWith("attachment; filename=\"document\"");
        assertThat(Attachments.contentDisposition(null)).startsWith("attachment; filename=\"document\"");
        assertThat(Attachments.contentDisposition("a%20b.pdf")).startsWith("attachment; filename=\"a_20b.pdf\"; filename*=UTF-8''a%2520b.pdf");
    }
}
