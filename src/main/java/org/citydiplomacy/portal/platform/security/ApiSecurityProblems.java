package org.citydiplomacy.portal.platform.security;

import java.time.Duration;
import java.time.Instant;

import org.citydiplomacy.portal.platform.errors.ApiProblems;
import org.citydiplomacy.portal.platform.errors.ProblemType;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;

/**
 * The API's answers when a request is not authenticated (401, with the challenge of the scheme the
 * endpoint takes), refused (403) or throttled (429 with Retry-After), all as
 * {@code application/problem+json} in the reader's language ({@link ApiProblems}).
 */
final class ApiSecurityProblems {

    private ApiSecurityProblems() {
    }

    /**
     * @param challenge writes the WWW-Authenticate header (and status) of the scheme, e.g. Spring's
     *        bearer entry point, which says why a token failed in RFC 6750 terms
     * @param missingCredentials what the endpoint takes, said when a request brings nothing
     */
    static AuthenticationEntryPoint entryPoint(ApiProblems problems, AuthenticationEntryPoint challenge,
            ProblemType missingCredentials) {
        return (request, response, ex) -> {
            if (ex instanceof TooManyFailedSignInsException throttled) {
                // Whole seconds, rounded up: an attempt at Retry-After is never early.
                long seconds = Math.max(1, (Duration.between(Instant.now(), throttled.retryAt()).toMillis() + 999) / 1000);
                response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
                problems.write(request, response, ProblemType.THROTTLED, seconds);
                return;
            }
            challenge.commence(request, response, ex);
            problems.write(request, response,
                    ex instanceof InvalidBearerTokenException ? ProblemType.INVALID_TOKEN : missingCredentials);
        };
    }

    static AccessDeniedHandler accessDenied(ApiProblems problems) {
        return (request, response, ex) -> problems.write(request, response, ProblemType.FORBIDDEN);
    }

    /** Sends 401 with a Basic challenge: the only scheme the token endpoint takes. */
    static AuthenticationEntryPoint basicChallenge(String realm) {
        return (request, response, ex) -> {
            response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"" + realm + "\", charset=\"UTF-8\"");
            response.setStatus(HttpStatus.UNAUTHORIZED.value());
        };
    }
}
