package org.citydiplomacy.portal.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

/** File sizes read as people read them, with the portal's own message files. */
class FileSizeTest {

    private final Formats formats = new Formats(messages());

    @Test
    void showsASmallFileInExactBytesNeverAsZeroKilobytes() {
        assertThat(formats.fileSize(329, Locale.ENGLISH)).isEqualTo("329 bytes");
        assertThat(formats.fileSize(1, Locale.ENGLISH)).isEqualTo("1 byte");
        assertThat(formats.fileSize(329, Locale.JAPANESE)).isEqualTo("329 バイト");
    }

    @Test
    void showsKilobytesAndMegabytesWithOneDecimal() {
        assertThat(formats.fileSize(1536, Locale.ENGLISH)).isEqualTo("1.5 KB");
        assertThat(formats.fileSize(2048, Locale.ENGLISH)).isEqualTo("2.0 KB");
        assertThat(formats.fileSize(1_468_006, Locale.ENGLISH)).isEqualTo("1.4 MB");
        assertThat(formats.fileSize(1536, Locale.JAPANESE)).isEqualTo("1.5 KB");
        assertThat(formats.fileSize(1536, Locale.GERMAN)).isEqualTo("1,5 KB");
    }

    private static ResourceBundleMessageSource messages() {
        ResourceBundleMessageSource source = new ResourceBundleMessageSource();
        source.setBasenames("messages");
        source.setDefaultEncoding("UTF-8");
        source.setFallbackToSystemLocale(false);
        return source;
    }
}
