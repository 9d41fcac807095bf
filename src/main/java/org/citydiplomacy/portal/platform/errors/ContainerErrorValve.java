package org.citydiplomacy.portal.platform.errors;

import java.io.IOException;
import java.io.Writer;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;

import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

/**
 * Errors that Tomcat answers itself, before any of the portal's code runs: a path it refuses
 * ({@code ..%2F}), a query string or header over its limits, a body it will not read. Tomcat's own
 * report is an HTML page without the portal's security headers; this one is problem+json under
 * {@code /api/} and a short page in both languages elsewhere, with the same headers as every page.
 * Errors the portal answers itself never get here (they are written before this valve looks).
 */
class ContainerErrorValve extends ErrorReportValve {

    /** The portal's words for problems, once its context is up; null before (or if Tomcat made this valve itself). */
    private final Supplier<ApiProblems> problems;

    ContainerErrorValve() {
        this(() -> null);
    }

    ContainerErrorValve(Supplier<ApiProblems> problems) {
        this.problems = problems;
    }

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int status = response.getStatus();
        if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
            return;
        }
        AtomicBoolean ioAllowed = new AtomicBoolean(false);
        response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, ioAllowed);
        if (!ioAllowed.get()) {
            return;
        }
        HttpStatus known = HttpStatus.resolve(status);
        String reason = known == null ? "Error" : known.getReasonPhrase();
        boolean api = isApi(request);
        try {
            response.resetBuffer();
            SecurityHeaders.write(response);
            response.setCharacterEncoding("UTF-8");
            response.setContentType(api ? "application/problem+json" : "text/html;charset=UTF-8");
            Writer writer = response.getReporter();
            if (writer != null) {
                writer.write(api ? problem(request, status, reason) : page(status, reason));
                response.finishResponse();
            }
        }
        catch (IOException | IllegalStateException ex) {
            // The client is gone or the response is closed: nothing more to tell it.
        }
    }

    /**
     * Under /api/, or unknown: a request line over Tomcat's limit (a 100,000-character query string)
     * is refused before its path is read, and an API client is likelier to send one than a reader.
     */
    private static boolean isApi(Request request) {
        String uri = request.getRequestURI();
        return uri == null || uri.isEmpty() || uri.startsWith("/api/");
    }

    /** In the reader's language where the request can tell it (its headers were read), else in English. */
    private String problem(Request request, int status, String reason) {
        ApiProblems words = problems.get();
        if (words != null) {
            try {
                ProblemDetail problem = words.about(request.getRequest(), ProblemType.ofStatus(status));
                problem.setStatus(status);
                return words.json(problem);
            }
            catch (RuntimeException unreadable) {
                // A request Tomcat could not parse may not even yield its language: the English words below.
            }
        }
        return problem(status, reason);
    }

    private static String problem(int status, String reason) {
        return "{\"type\":\"about:blank\",\"title\":\"" + reason + "\",\"status\":" + status
                + ",\"detail\":\"" + detail(status) + "\"}";
    }

    private static String detail(int status) {
        return switch (status) {
            case 400 -> "The request could not be read: its address, query string or headers are malformed or too long.";
            case 413 -> "The request body is larger than the portal accepts.";
            case 414 -> "The address is longer than the portal accepts.";
            case 431 -> "The request headers are larger than the portal accepts.";
            default -> "The request could not be answered.";
        };
    }

    private static String page(int status, String reason) {
        return """
                <!DOCTYPE html>
                <html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
                <title>Error %1$d – City Diplomacy Records</title>
                <link rel="stylesheet" href="/assets/css/portal.css"></head>
                <body><main id="main" class="page page--error"><div class="container narrow">
                <p class="eyebrow">Error %1$d</p>
                <h1 class="page-header__title">%2$s</h1>
                <p class="lead">%3$s</p>
                <p lang="ja">このリクエストは処理できませんでした（エラー %1$d）。アドレスを確認してください。</p>
                <ul class="error-links"><li><a href="/">Home / ホーム</a></li>
                <li><a href="/agreements">Agreements / 協定</a></li></ul>
                </div></main></body></html>
                """.formatted(status, reason, detail(status));
    }
}
