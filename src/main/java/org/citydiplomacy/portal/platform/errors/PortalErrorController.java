package org.citydiplomacy.portal.platform.errors;

import java.net.URI;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.citydiplomacy.portal.platform.database.DatabaseOutages;

import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;

/**
 * What the container's error dispatch shows: problem+json under {@code /api/} and for clients that
 * do not want HTML, a friendly page in the reader's language elsewhere. Neither ever shows an
 * exception message or a stack trace.
 */
@Controller
class PortalErrorController implements ErrorController {

    private final ApiProblems problems;

    PortalErrorController(ApiProblems problems) {
        this.problems = problems;
    }

    @RequestMapping(value = "/error", produces = MediaType.TEXT_HTML_VALUE)
    ModelAndView page(HttpServletRequest request, HttpServletResponse response) {
        HttpStatus status = status(request, response);
        if (isApi(request)) {
            ProblemDetail problem = problem(request, status);
            return new ModelAndView((model, req, res) -> problems.write(res, problem));
        }
        int kind = switch (status.value()) {
            case 404, 405 -> 404;
            case 403 -> 403;
            case 503 -> DatabaseUnavailable.KIND;
            default -> status.is4xxClientError() ? 400 : 500;
        };
        ModelAndView page = new ModelAndView(kind == 400 ? "error/400" : PageErrorAdvice.ERROR_PAGE, status);
        page.addObject("status", status.value());
        page.addObject(PageErrorAdvice.ERROR_KIND, kind);
        return page;
    }

    @RequestMapping("/error")
    ResponseEntity<ProblemDetail> problem(HttpServletRequest request, HttpServletResponse response) {
        HttpStatus status = status(request, response);
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem(request, status));
    }

    /** The words of the failed request's status, in its reader's language; never the exception's. */
    private ProblemDetail problem(HttpServletRequest request, HttpStatus status) {
        ProblemDetail problem = problems.about(request, ProblemType.ofStatus(status.value()));
        problem.setStatus(status.value());
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        problem.setInstance(uri == null ? null : URI.create(uri.toString()));
        return problem;
    }

    private static boolean isApi(HttpServletRequest request) {
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        return uri != null && uri.toString().startsWith("/api/");
    }

    /**
     * The status of the failed request; 503 (with Retry-After) when what failed was reaching the
     * database, wherever that happened (a filter, the session, a template), not 500.
     */
    private static HttpStatus status(HttpServletRequest request, HttpServletResponse response) {
        if (request.getAttribute(RequestDispatcher.ERROR_EXCEPTION) instanceof Throwable failure
                && DatabaseOutages.causedBy(failure)) {
            DatabaseUnavailable.retryAfter(response);
            return HttpStatus.SERVICE_UNAVAILABLE;
        }
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        if (code == null) {
            // GET /error typed by hand, not the container's error dispatch: no page lives at that address.
            return HttpStatus.NOT_FOUND;
        }
        if (code instanceof Integer value) {
            HttpStatus status = HttpStatus.resolve(value);
            if (status == HttpStatus.SERVICE_UNAVAILABLE) {
                DatabaseUnavailable.retryAfter(response);
            }
            if (status != null) {
                return status;
            }
        }
        return HttpStatus.INTERNAL_SERVER_ERROR;
    }
}
