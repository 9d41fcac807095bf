package org.citydiplomacy.portal.platform.errors;

import jakarta.servlet.http.HttpServletResponse;

/**
 * The headers every answer of the portal carries (SecurityConfig writes them), for the answers the
 * security filters never see: the container's own errors, and requests refused before the filters.
 */
final class SecurityHeaders {

    /** The pages' policy, as SecurityConfig states it. */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; img-src 'self' data:; style-src 'self';"
            + " script-src 'self'; object-src 'none'; frame-ancestors 'none'; base-uri 'self'; form-action 'self'";

    private SecurityHeaders() {
    }

    static void write(HttpServletResponse response) {
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Referrer-Policy", "strict-origin-when-cross-origin");
        response.setHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        response.setHeader("Cache-Control", "no-store");
    }
}
