package org.citydiplomacy.portal.platform.web;

import java.text.NumberFormat;
import java.util.Locale;

import org.springframework.stereotype.Component;

/** Small formatting helpers for templates: {@code ${@formats.country(p.country, #locale)}}. */
@Component("formats")
public class Formats {

    /** A country's name in the reader's language, from its ISO 3166 code ("IT" → "Italy" / "イタリア"). */
    public String country(String code, Locale locale) {
        if (code == null || code.isBlank()) {
            return "";
        }
        String name = new Locale("", code).getDisplayCountry(locale);
        return name.isEmpty() ? code : name;
    }

    /** A file size as people read it: "820 KB", "1.4 MB". */
    public String fileSize(long bytes, Locale locale) {
        NumberFormat number = NumberFormat.getNumberInstance(locale);
        number.setMaximumFractionDigits(1);
        if (bytes < 1024) {
            return number.format(bytes) + " B";
        }
        if (bytes < 1024 * 1024) {
            return number.format(Math.max(1, Math.round(bytes / 1024.0))) + " KB";
        }
        return number.format(bytes / (1024.0 * 1024.0)) + " MB";
    }

    /** A count with the reader's grouping: 100,000. */
    public String count(long value, Locale locale) {
        return NumberFormat.getIntegerInstance(locale).format(value);
    }
}
