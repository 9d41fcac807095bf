package org.citydiplomacy.portal.platform.errors;

import java.io.IOException;
import java.net.URI;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;

import tools.jackson.databind.json.JsonMapper;

/**
 * A problem (RFC 9457) written straight to the response, for the places that answer before or
 * outside Spring MVC (security entry points, servlet filters, the error view): the same body and
 * headers as the advices' answers.
 */
public final class ProblemResponses {

    private ProblemResponses() {
    }

    /** A problem of this type, status, title and detail: what every answer of the advices starts from. */
    public static ProblemDetail problem(HttpStatus status, URI type, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(type);
        problem.setTitle(title);
        return problem;
    }

    /** Answers the problem with its status as {@code application/problem+json}. */
    public static void write(JsonMapper json, HttpServletResponse response, ProblemDetail problem) throws IOException {
        response.setStatus(problem.getStatus());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        json.writeValue(response.getOutputStream(), problem);
    }
}
