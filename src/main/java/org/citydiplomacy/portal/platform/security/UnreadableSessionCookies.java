package org.citydiplomacy.portal.platform.security;

import java.io.IOException;
import java.util.Arrays;
import java.util.Base64;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.web.http.SessionRepositoryFilter;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A session cookie whose value decodes to control characters (a NUL byte above all, which PostgreSQL
 * refuses in a text parameter) is no session of ours: it is dropped before Spring Session looks it up,
 * so that a stranger's made-up cookie reads as "not signed in" instead of a database error (500).
 */
@Configuration(proxyBeanMethods = false)
class UnreadableSessionCookies {

    static final String SESSION_COOKIE = "SESSION";

    @Bean
    FilterRegistrationBean<OncePerRequestFilter> unreadableSessionCookieFilter() {
        FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(new OncePerRequestFilter() {
            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                    throws ServletException, IOException {
                Cookie[] cookies = request.getCookies();
                if (cookies == null || Arrays.stream(cookies).allMatch(UnreadableSessionCookies::readable)) {
                    chain.doFilter(request, response);
                    return;
                }
                Cookie[] kept = Arrays.stream(cookies).filter(UnreadableSessionCookies::readable).toArray(Cookie[]::new);
                chain.doFilter(new HttpServletRequestWrapper(request) {
                    @Override
                    public Cookie[] getCookies() {
                        return kept;
                    }
                }, response);
            }
        });
        registration.setOrder(SessionRepositoryFilter.DEFAULT_ORDER - 1);
        return registration;
    }

    /** Not the session cookie, or one whose value (base64, as Spring Session writes it) has no control character. */
    static boolean readable(Cookie cookie) {
        if (!SESSION_COOKIE.equals(cookie.getName())) {
            return true;
        }
        byte[] value;
        try {
            value = Base64.getDecoder().decode(cookie.getValue());
        }
        catch (IllegalArgumentException ex) {
            return true; // not base64: Spring Session reads it as no session by itself
        }
        for (byte b : value) {
            if (b >= 0 && b < 0x20 || b == 0x7f) {
                return false;
            }
        }
        return true;
    }
}
