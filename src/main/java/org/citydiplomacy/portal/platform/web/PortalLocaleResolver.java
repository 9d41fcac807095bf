package org.citydiplomacy.portal.platform.web;

import java.util.Collections;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.i18n.LocaleContext;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;

/**
 * The reader's language: a cookie set by the language switch, else the first supported language
 * in {@code Accept-Language}, else English. The cookie is HttpOnly, SameSite=Lax, and Secure when
 * the request came over https (behind a proxy: as the trusted proxy's X-Forwarded-Proto says). Only the portal's own languages are ever answered, so
 * that {@code <html lang>} always matches the text on the page.
 */
class PortalLocaleResolver extends CookieLocaleResolver {

    static final List<Locale> SUPPORTED = List.of(Locale.ENGLISH, Locale.JAPANESE);

    static final String COOKIE = "portal-lang";

    /** The same cookie, marked Secure: written for a request that came over https. */
    private final CookieLocaleResolver overHttps;

    PortalLocaleResolver() {
        this(false);
    }

    private PortalLocaleResolver(boolean secure) {
        super(COOKIE);
        // No script needs to read the language; a page that could be injected learns nothing from it.
        setCookieHttpOnly(true);
        setCookieSecure(secure);
        setCookieMaxAge(java.time.Duration.ofDays(365));
        setCookieSameSite("Lax");
        setDefaultLocaleFunction(PortalLocaleResolver::fromHeader);
        this.overHttps = secure ? null : new PortalLocaleResolver(true);
    }

    @Override
    public void setLocaleContext(HttpServletRequest request, HttpServletResponse response, LocaleContext context) {
        if (request.isSecure() && overHttps != null) {
            overHttps.setLocaleContext(request, response, context);
        }
        else {
            super.setLocaleContext(request, response, context);
        }
    }

    @Override
    public Locale resolveLocale(HttpServletRequest request) {
        return supported(super.resolveLocale(request));
    }

    @Override
    public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
        super.setLocale(request, response, locale == null ? null : supported(locale));
    }

    private static Locale fromHeader(HttpServletRequest request) {
        if (request.getHeader("Accept-Language") == null) {
            return Locale.ENGLISH;
        }
        for (Locale candidate : Collections.list(request.getLocales())) {
            for (Locale supported : SUPPORTED) {
                if (supported.getLanguage().equals(candidate.getLanguage())) {
                    return supported;
                }
            }
        }
        return Locale.ENGLISH;
    }

    static Locale supported(Locale locale) {
        return SUPPORTED.stream().filter(s -> s.getLanguage().equals(locale.getLanguage())).findFirst()
                .orElse(Locale.ENGLISH);
    }
}
