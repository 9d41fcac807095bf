package org.citydiplomacy.portal.platform.web;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.citydiplomacy.portal.platform.errors.ApiProblems;
import org.citydiplomacy.portal.platform.errors.ProblemType;
import org.springframework.http.HttpHeaders;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A write to the API whose answer the client would refuse ({@code Accept: text/html}) is refused
 * with 406 before it runs. Spring MVC negotiates the answer's type only after the controller has
 * returned, so without this the record was saved and the client, told 406, would send it again.
 * Every answer of the API is JSON (problem+json for errors). An {@code Accept} that is no media type
 * at all ({@code garbage/////}) is refused the same way for reads, which Spring MVC otherwise answers
 * with an empty, untyped 404 or 406. Runs after the security filters: an unauthenticated write still
 * gets its 401 first.
 */
@Component
class ApiAcceptFilter extends OncePerRequestFilter {

    private static final List<MediaType> ANSWERS = List.of(MediaType.APPLICATION_JSON, MediaType.APPLICATION_PROBLEM_JSON);

    private final ApiProblems problems;

    ApiAcceptFilter(ApiProblems problems) {
        this.problems = problems;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !request.getRequestURI().startsWith(request.getContextPath() + "/api/");
    }

    private static boolean isWrite(HttpServletRequest request) {
        String method = request.getMethod();
        return !("GET".equals(method) || "HEAD".equals(method) || "OPTIONS".equals(method));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (isWrite(request) ? acceptsJson(request) : acceptIsReadable(request)) {
            chain.doFilter(request, response);
            return;
        }
        problems.write(request, response, isWrite(request) ? ProblemType.NOT_ACCEPTABLE_WRITE : ProblemType.NOT_ACCEPTABLE);
    }

    private static boolean acceptIsReadable(HttpServletRequest request) {
        try {
            MediaType.parseMediaTypes(java.util.Collections.list(request.getHeaders(HttpHeaders.ACCEPT)));
            return true;
        }
        catch (InvalidMediaTypeException ex) {
            return false;
        }
    }

    private static boolean acceptsJson(HttpServletRequest request) {
        List<String> accept = java.util.Collections.list(request.getHeaders(HttpHeaders.ACCEPT));
        if (accept.isEmpty()) {
            return true;
        }
        try {
            List<MediaType> accepted = MediaType.parseMediaTypes(accept);
            return accepted.isEmpty() || accepted.stream().anyMatch(type -> ANSWERS.stream().anyMatch(type::isCompatibleWith));
        }
        catch (InvalidMediaTypeException ex) {
            return false;
        }
    }
}
