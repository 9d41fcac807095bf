package org.citydiplomacy.portal.platform.security;

import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.citydiplomacy.portal.platform.errors.ProblemResponses;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;

import tools.jackson.databind.json.JsonMapper;

/**
 * The API's answers when a request is not authenticated (401, with the challenge of the scheme the
 * endpoint takes), refused (403) or throttled (429 with Retry-After), all as
 * {@code application/problem+json}.
 */
final class ApiSecurityProblems {

    static final URI UNAUTHENTICATED = URI.create("https://citydiplomacy.org/problems/unauthorized");
    static final URI FORBIDDEN = URI.create("https://citydiplomacy.org/problems/forbidden");
    static final URI THROTTLED = URI.create("https://citydiplomacy.org/problems/too-many-failed-sign-ins");

    private final JsonMapper json;

    ApiSecurityProblems(JsonMapper json) {
        this.json = json;
    }

    /**
     * @param challenge writes the WWW-Authenticate header (and status) of the scheme, e.g. Spring's
     *        bearer entry point, which says why a token failed in RFC 6750 terms
     */
    AuthenticationEntryPoint entryPoint(AuthenticationEntryPoint challenge, String missingCredentials) {
        return (request, response, ex) -> {
            if (ex instanceof TooManyFailedSignInsException throttled) {
                // Whole seconds, rounded up: an attempt at Retry-After is never early.
                long seconds = Math.max(1, (Duration.between(Instant.now(), throttled.retryAt()).toMillis() + 999) / 1000);
                response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
                write(request, response, HttpStatus.TOO_MANY_REQUESTS, THROTTLED, "Too many failed sign-ins",
                        "Too many failed sign-ins for this account from this address, or from this address. Try again in "
                                + seconds + " seconds; each attempt before then makes the wait longer.");
                return;
            }
            challenge.commence(request, response, ex);
            write(request, response, HttpStatus.UNAUTHORIZED, UNAUTHENTICATED, "Unauthenticated",
                    ex instanceof org.springframework.security.oauth2.server.resource.InvalidBearerTokenException
                            ? "The token is unknown, expired or revoked."
                            : missingCredentials);
        };
    }

    AccessDeniedHandler accessDenied() {
        return (request, response, ex) -> write(request, response, HttpStatus.FORBIDDEN, FORBIDDEN, "Forbidden",
                "Your account may not do this.");
    }

    private void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status, URI type,
            String title, String detail) throws IOException {
        ProblemResponses.write(json, response, ProblemResponses.problem(request, status, type, title, detail));
    }

    /** Sends 401 with a Basic challenge: the only scheme the token endpoint takes. */
    static AuthenticationEntryPoint basicChallenge(String realm) {
        return (request, response, ex) -> {
            response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"" + realm + "\", charset=\"UTF-8\"");
            response.setStatus(HttpStatus.UNAUTHORIZED.value());
        };
    }
}
