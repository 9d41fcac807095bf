package org.citydiplomacy.portal.platform.errors;

import java.net.URI;

import jakarta.servlet.http.HttpServletResponse;

import org.citydiplomacy.portal.platform.database.DatabaseOutages;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

/**
 * The answer when the database is away: 503 with {@code Retry-After}, as problem+json in the API and
 * as a page in the reader's language elsewhere. Never a 500, never the exception's text.
 */
final class DatabaseUnavailable {

    static final URI TYPE = URI.create("https://citydiplomacy.org/problems/database-unavailable");

    /** The error page's kind ({@code error.503.*} texts). */
    static final int KIND = 503;

    private DatabaseUnavailable() {
    }

    static ProblemDetail problem() {
        return ProblemResponses.problem(HttpStatus.SERVICE_UNAVAILABLE, TYPE, "Temporarily unavailable",
                "The records' database cannot be reached just now; try again in a few seconds. "
                        + "A change answered with this was not confirmed: check whether it was saved before sending it again.");
    }

    static void retryAfter(HttpServletResponse response) {
        response.setHeader(HttpHeaders.RETRY_AFTER, Integer.toString(DatabaseOutages.RETRY_AFTER_SECONDS));
    }
}
