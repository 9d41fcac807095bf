package org.citydiplomacy.portal.platform.web;

import java.text.NumberFormat;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;
import java.util.Locale;

import org.citydiplomacy.portal.shared.Office;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** Small formatting helpers for templates: {@code ${@formats.country(p.country, #locale)}}. */
@Component("formats")
public class Formats {

    private static final double KIB = 1024.0;
    private static final DateTimeFormatter OFFICE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final MessageSource messages;

    Formats(MessageSource messages) {
        this.messages = messages;
    }

    /** A country's name in the reader's language, from its ISO 3166 code ("IT" → "Italy" / "イタリア"). */
    public String country(String code, Locale locale) {
        return countryName(code, locale);
    }

    /** {@link #country} for Java callers: it needs no messages. */
    public static String countryName(String code, Locale locale) {
        if (code == null || code.isBlank()) {
            return "";
        }
        String name = new Locale("", code).getDisplayCountry(locale);
        return name.isEmpty() ? code : name;
    }

    /**
     * A file size as people read it: "329 bytes", "1.5 KB", "1.4 MB" (one decimal, the reader's
     * separators). Below a kilobyte the exact count: rounding a small PDF to "0 KB" hid it.
     */
    public String fileSize(long bytes, Locale locale) {
        if (bytes < KIB) {
            return messages.getMessage("format.fileSize.bytes", new Object[] { bytes }, locale);
        }
        NumberFormat number = NumberFormat.getNumberInstance(locale);
        number.setMinimumFractionDigits(1);
        number.setMaximumFractionDigits(1);
        if (bytes < KIB * KIB) {
            return messages.getMessage("format.fileSize.kilobytes", new Object[] { number.format(bytes / KIB) }, locale);
        }
        return messages.getMessage("format.fileSize.megabytes", new Object[] { number.format(bytes / (KIB * KIB)) },
                locale);
    }

    /** A moment as the office's clock showed it ("2026-11-30 09:15" in Tokyo); empty for none. */
    public String officeTime(TemporalAccessor at) {
        if (at == null) {
            return "";
        }
        return OFFICE_TIME.format(Office.time(at instanceof OffsetDateTime time ? time.toInstant() : Instant.from(at)));
    }

    /** A count with the reader's grouping: 100,000. */
    public String count(long value, Locale locale) {
        return NumberFormat.getIntegerInstance(locale).format(value);
    }
}
