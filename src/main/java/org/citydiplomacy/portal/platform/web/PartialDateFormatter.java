package org.citydiplomacy.portal.platform.web;

import java.text.ParseException;
import java.util.Locale;

import org.citydiplomacy.portal.shared.PartialDate;
import org.springframework.format.Formatter;

/**
 * Shows a partial date at its precision in the reader's language (templates use {@code ${{date}}})
 * and reads ISO 8601 at any precision from forms.
 */
class PartialDateFormatter implements Formatter<PartialDate> {

    @Override
    public String print(PartialDate date, Locale locale) {
        return date.format(locale);
    }

    @Override
    public PartialDate parse(String text, Locale locale) throws ParseException {
        try {
            return PartialDate.parse(text);
        }
        catch (IllegalArgumentException ex) {
            throw new ParseException(text, 0);
        }
    }
}
