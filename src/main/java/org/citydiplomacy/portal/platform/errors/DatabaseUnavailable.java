package org.citydiplomacy.portal.platform.errors;

import jakarta.servlet.http.HttpServletResponse;

import org.citydiplomacy.portal.platform.database.DatabaseOutages;
import org.springframework.http.HttpHeaders;

/**
 * The answer when the database is away: 503 with {@code Retry-After}, as problem+json in the API ({@link ProblemType#DATABASE_UNAVAILABLE}) and
 * as a page in the reader's language elsewhere. Never a 500, never the exception's text.
 */
final class DatabaseUnavailable {

    /** The error page's kind ({@code error.503.*} texts). */
    static final int KIND = 503;

    private DatabaseUnavailable() {
    }

    static void retryAfter(HttpServletResponse response) {
        response.setHeader(HttpHeaders.RETRY_AFTER, Integer.toString(DatabaseOutages.RETRY_AFTER_SECONDS));
    }
}
