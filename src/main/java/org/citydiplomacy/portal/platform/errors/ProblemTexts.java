package org.citydiplomacy.portal.platform.errors;

import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;

/**
 * The words of an API problem ({@code title}, {@code detail}, field messages) in the reader's language:
 * the request's, as {@code Accept-Language} (or the language cookie) chose it, English by default.
 */
final class ProblemTexts {

    private ProblemTexts() {
    }

    static Locale locale() {
        return LocaleContextHolder.getLocale();
    }

    static String text(MessageSource messages, String code, Object... args) {
        return messages.getMessage(code, args, locale());
    }

    /** What kind of record, in words: "agreement" / "協定"; a kind without a label as it is. */
    static String kind(MessageSource messages, String kind) {
        return messages.getMessage("problem.kind." + kind, null, kind, locale());
    }
}
