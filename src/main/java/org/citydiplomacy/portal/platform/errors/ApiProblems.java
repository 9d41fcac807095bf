package org.citydiplomacy.portal.platform.errors;

import java.io.IOException;
import java.net.URI;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.LocaleResolver;

import tools.jackson.databind.json.JsonMapper;

/**
 * The one place an API problem gets its words: the title and detail of its {@link ProblemType} in
 * the reader's language (the language cookie, else {@code Accept-Language}; English by default), for
 * the advices inside Spring MVC and for the security chains, filters and error dispatch around it,
 * which resolve the request's language themselves since Spring MVC has not done it for them.
 */
@Component
public class ApiProblems {

    private final MessageSource messages;
    private final LocaleResolver locales;
    private final JsonMapper json;

    ApiProblems(MessageSource messages, LocaleResolver locales, JsonMapper json) {
        this.messages = messages;
        this.locales = locales;
        this.json = json;
    }

    /** Answers the problem about this request in its reader's language, as {@code application/problem+json}. */
    public void write(HttpServletRequest request, HttpServletResponse response, ProblemType type, Object... args)
            throws IOException {
        ProblemResponses.write(json, response, about(request, type, args));
    }

    /** Answers a problem already made, as {@code application/problem+json}. */
    public void write(HttpServletResponse response, ProblemDetail problem) throws IOException {
        ProblemResponses.write(json, response, problem);
    }

    /** The problem about this request (its {@code instance}) in its reader's language. */
    public ProblemDetail about(HttpServletRequest request, ProblemType type, Object... args) {
        ProblemDetail problem = problem(locales.resolveLocale(request), type, args);
        try {
            problem.setInstance(URI.create(request.getRequestURI()));
        }
        catch (IllegalArgumentException | NullPointerException notAnAddress) {
            // A path the container refused as it came (a space, no path at all) is no instance to name.
        }
        return problem;
    }

    /** The problem as its JSON, for the container's error report, which writes text. */
    String json(ProblemDetail problem) {
        return json.writeValueAsString(problem);
    }

    /** Inside Spring MVC, which has resolved the reader's language already. */
    ProblemDetail problem(ProblemType type, Object... args) {
        return problem(locale(), type, args);
    }

    private ProblemDetail problem(Locale locale, ProblemType type, Object... args) {
        return ProblemResponses.problem(type.status(), type.type(), messages.getMessage(type.titleKey(), null, locale),
                messages.getMessage(type.detailKey(), args, locale));
    }

    /** Any other words of a problem (a field's message), in the language Spring MVC resolved. */
    String text(String code, Object... args) {
        return messages.getMessage(code, args, locale());
    }

    /** A field error's or a command problem's message, the code itself when it has none. */
    String textOr(String code, Object[] args) {
        return messages.getMessage(code, args, code, locale());
    }

    /** What kind of record, in words: "agreement" / "協定"; a kind without a label as it is. */
    String kind(String kind) {
        return messages.getMessage("problem.kind." + kind, null, kind, locale());
    }

    MessageSource messages() {
        return messages;
    }

    static Locale locale() {
        return LocaleContextHolder.getLocale();
    }
}
