package org.citydiplomacy.portal.platform.errors;

import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import org.citydiplomacy.portal.platform.database.DatabaseOutages;
import org.apache.tomcat.util.http.fileupload.InvalidFileNameException;
import org.citydiplomacy.portal.shared.InvalidParametersException;
import org.citydiplomacy.portal.shared.RecordNotFoundException;
import org.citydiplomacy.portal.shared.Office;
import org.citydiplomacy.portal.shared.Texts;
import org.citydiplomacy.portal.shared.RecordWithdrawnException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

/**
 * Errors of the REST layer as RFC 9457 {@code application/problem+json}. Scoped to REST controllers
 * alone: pages have their own error views. Field problems are listed under {@code errors}.
 */
@RestControllerAdvice(annotations = RestController.class)
class ApiProblemAdvice extends ResponseEntityExceptionHandler {

    private static final java.net.URI ABOUT_BLANK = java.net.URI.create("about:blank");

    private final ApiProblems problems;

    ApiProblemAdvice(ApiProblems problems) {
        this.problems = problems;
    }

    /** A withdrawn record's (or document's) permalink: 410, saying when and why. */
    @ExceptionHandler(RecordWithdrawnException.class)
    ProblemDetail gone(RecordWithdrawnException ex) {
        String kind = problems.kind(ex.kind());
        ProblemDetail problem = ex.withdrawnAt() == null ? problems.problem(ProblemType.WITHDRAWN, kind, ex.key())
                : problems.problem(ProblemType.WITHDRAWN_ON, kind, ex.key(), Office.day(ex.withdrawnAt()).toString());
        if (ex.withdrawnAt() != null) {
            problem.setProperty("withdrawnAt", ex.withdrawnAt().toString());
        }
        if (ex.reason() != null) {
            problem.setDetail(problem.getDetail() + " " + problems.text("problem.withdrawn.reason", ex.reason()));
            problem.setProperty("reason", ex.reason());
        }
        return problem;
    }

    @ExceptionHandler(RecordNotFoundException.class)
    ProblemDetail notFound(RecordNotFoundException ex) {
        return problems.problem(ProblemType.NOT_FOUND, problems.kind(ex.kind()), ex.key());
    }

    /** The database is away: 503 with Retry-After; any other failure of these kinds goes on to the error page. */
    @ExceptionHandler({ org.springframework.dao.DataAccessResourceFailureException.class,
            org.springframework.transaction.CannotCreateTransactionException.class,
            org.springframework.transaction.TransactionSystemException.class,
            org.hibernate.exception.JDBCConnectionException.class, java.sql.SQLTransientConnectionException.class })
    ProblemDetail databaseAway(Exception ex, HttpServletResponse response) throws Exception {
        if (!DatabaseOutages.causedBy(ex)) {
            throw ex;
        }
        DatabaseUnavailable.retryAfter(response);
        return problems.problem(ProblemType.DATABASE_UNAVAILABLE);
    }

    @ExceptionHandler(InvalidParametersException.class)
    ProblemDetail invalid(InvalidParametersException ex) {
        List<Map<String, Object>> errors = ex.errors().stream()
                .map(e -> Map.<String, Object>of("parameter", e.parameter(), "message",
                        problems.text(e.code(), withValue(e.arguments(), e.rejectedValue())),
                        "rejectedValue", String.valueOf(e.rejectedValue())))
                .toList();
        ProblemDetail problem = problems.problem(ProblemType.INVALID_PARAMETERS, String.join(", ",
                ex.errors().stream().map(InvalidParametersException.ParameterError::parameter).toList()));
        problem.setProperty("errors", errors);
        return problem;
    }

    /** A multipart file name Tomcat refuses to hand over (a NUL byte in it): the upload is refused, not a 500. */
    @ExceptionHandler(InvalidFileNameException.class)
    ProblemDetail invalidFileName(InvalidFileNameException ex) {
        return WriteProblemAdvice.invalid(List.of(Map.of("field", "file", "message",
                problems.text("validation.document.fileName"))), problems);
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ProblemDetail typeMismatch(MethodArgumentTypeMismatchException ex) {
        String value = Texts.printable(String.valueOf(ex.getValue()));
        ProblemDetail problem = problems.problem(ProblemType.TYPE_MISMATCH, ex.getName(), value);
        problem.setProperty("errors", List.of(Map.of("parameter", ex.getName(), "message",
                problems.text("problem.typeMismatch.message",
                        ex.getRequiredType() == null ? "?" : ex.getRequiredType().getSimpleName()),
                "rejectedValue", value)));
        return problem;
    }

    /**
     * Spring MVC's own refusals inside a handler (a body of a media type it does not read, an upload
     * over the multipart limit): the words of their status in the reader's language, not Spring's English.
     */
    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception ex, Object body, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        // Spring's own body (or none yet, which Spring makes from the exception) is in English: replace it.
        if (body == null || body instanceof ProblemDetail spring && ABOUT_BLANK.equals(spring.getType())) {
            // A 503 here is an async timeout, not the database: only the error dispatch reads 503 as that.
            ProblemDetail problem = problems.problem(status.is5xxServerError() ? ProblemType.SERVER_ERROR
                    : ProblemType.ofStatus(status.value()));
            problem.setStatus(status.value());
            return super.handleExceptionInternal(ex, problem, headers, status, request);
        }
        return super.handleExceptionInternal(ex, body, headers, status, request);
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        ProblemDetail problem = ex.getBody();
        ProblemDetail words = problems.problem(ProblemType.INVALID_BODY);
        problem.setType(words.getType());
        problem.setTitle(words.getTitle());
        problem.setDetail(words.getDetail());
        problem.setProperty("errors", ex.getBindingResult().getFieldErrors().stream()
                .map(e -> Map.of("field", e.getField(), "message",
                        problems.messages().getMessage(e, ApiProblems.locale())))
                .toList());
        return handleExceptionInternal(ex, problem, headers, status, request);
    }

    /** A JSON body that does not bind (a date that is no date, an unknown enum value): name the field. */
    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        String allowed = allowedValues(ex);
        ProblemDetail problem = problems.problem(ProblemType.UNREADABLE);
        problem.setProperty("errors", List.of(Map.of("field", fieldOf(ex), "message",
                allowed != null ? problems.text("validation.json.allowedValues", allowed)
                        : problems.text(unreadableCode(ex)))));
        return handleExceptionInternal(ex, problem, headers, status, request);
    }

    /** What is wrong with the body, as a message code: the strict reading of StrictJsonConfig says which rule. */
    private static String unreadableCode(Throwable ex) {
        for (Throwable t = ex; t != null; t = t.getCause()) {
            if (t instanceof UnrecognizedPropertyException) {
                return "validation.json.unknownField";
            }
            if (t instanceof StreamReadException read && read.getOriginalMessage() != null
                    && read.getOriginalMessage().startsWith("Duplicate Object property")) {
                return "validation.json.duplicateField";
            }
            if (t instanceof MismatchedInputException mismatch && mismatch.getTargetType() == String.class) {
                return "validation.json.notText";
            }
        }
        return "validation.json.unreadable";
    }

    /** The field in question: where the problem is, or the name a duplicate was given twice under. */
    private static String fieldOf(Throwable ex) {
        for (Throwable t = ex; t != null; t = t.getCause()) {
            // The parser's own path at a duplicate may still point at an earlier property: name the duplicate.
            if (t instanceof StreamReadException read && read.getOriginalMessage() != null
                    && read.getOriginalMessage().startsWith("Duplicate Object property \"")) {
                String message = read.getOriginalMessage();
                int start = message.indexOf('"') + 1;
                int end = message.indexOf('"', start);
                if (end > start) {
                    return message.substring(start, end);
                }
            }
        }
        return jsonPath(ex);
    }

    /** For a value that is not one of an enumeration's (e.g. {@code "type":"MOU"}): the values it may be. */
    private static String allowedValues(Throwable ex) {
        for (Throwable t = ex; t != null; t = t.getCause()) {
            if (t instanceof tools.jackson.databind.exc.InvalidFormatException invalid
                    && invalid.getTargetType() != null && invalid.getTargetType().isEnum()) {
                return java.util.Arrays.stream(invalid.getTargetType().getEnumConstants())
                        .map(Object::toString).collect(java.util.stream.Collectors.joining(", "));
            }
        }
        return null;
    }

    /** "signatories[0].side" for a problem in that part of the body; "" for the body as a whole. */
    private static String jsonPath(Throwable ex) {
        for (Throwable t = ex; t != null; t = t.getCause()) {
            if (t instanceof JacksonException json && !json.getPath().isEmpty()) {
                StringBuilder path = new StringBuilder();
                for (JacksonException.Reference ref : json.getPath()) {
                    if (ref.getPropertyName() != null) {
                        path.append(path.isEmpty() ? "" : ".").append(ref.getPropertyName());
                    }
                    else if (ref.getIndex() >= 0) {
                        path.append('[').append(ref.getIndex()).append(']');
                    }
                }
                return path.toString();
            }
        }
        return "";
    }

    private static Object[] withValue(Object[] arguments, String value) {
        Object[] all = new Object[arguments.length + 1];
        all[0] = value;
        System.arraycopy(arguments, 0, all, 1, arguments.length);
        return all;
    }
}
