package org.citydiplomacy.portal.platform.errors;

import org.citydiplomacy.portal.platform.web.Versions;

import java.net.URI;
import java.util.List;
import java.util.Map;

import jakarta.validation.ConstraintViolationException;

import org.citydiplomacy.portal.shared.HiddenPartsException;
import org.citydiplomacy.portal.shared.InvalidCommandException;
import org.citydiplomacy.portal.shared.StaleEditException;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Problems of the write API as RFC 9457 {@code application/problem+json}: a stale edit (412, with
 * what changed meanwhile), a missing If-Match (428), a command that cannot be carried out (400,
 * each field with its message). Scoped to REST controllers, like {@link ApiProblemAdvice}.
 */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class WriteProblemAdvice {

    static final URI STALE_TYPE = URI.create("https://citydiplomacy.org/problems/edited-meanwhile");
    static final URI PRECONDITION_TYPE = URI.create("https://citydiplomacy.org/problems/version-required");
    static final URI INVALID_TYPE = URI.create("https://citydiplomacy.org/problems/invalid-fields");
    static final URI HIDDEN_PARTS_TYPE = URI.create("https://citydiplomacy.org/problems/hidden-parts");

    private final MessageSource messages;

    WriteProblemAdvice(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(StaleEditException.class)
    ProblemDetail stale(StaleEditException ex) {
        ProblemDetail problem = ProblemResponses.problem(HttpStatus.PRECONDITION_FAILED, STALE_TYPE, ProblemTexts.text(messages, "problem.stale.title"),
                ProblemTexts.text(messages, "problem.stale.detail", ProblemTexts.kind(messages, ex.kind()),
                        String.valueOf(ex.baseVersion()), String.valueOf(ex.currentVersion())));
        problem.setProperty("baseVersion", ex.baseVersion());
        problem.setProperty("currentVersion", ex.currentVersion());
        problem.setProperty("currentETag", Versions.etag(ex.currentVersion()));
        problem.setProperty("changedMeanwhile", ex.changes());
        return problem;
    }

    @ExceptionHandler(ObjectOptimisticLockingFailureException.class)
    ProblemDetail raced(ObjectOptimisticLockingFailureException ex) {
        // Two saves of the same version at the same moment: the other one committed first.
        ProblemDetail problem = ProblemResponses.problem(HttpStatus.PRECONDITION_FAILED, STALE_TYPE, ProblemTexts.text(messages, "problem.stale.title"),
                ProblemTexts.text(messages, "problem.raced.detail"));
        return problem;
    }

    @ExceptionHandler(Versions.PreconditionFailedException.class)
    ProblemDetail noSuchVersion(Versions.PreconditionFailedException ex) {
        ProblemDetail problem = ProblemResponses.problem(HttpStatus.PRECONDITION_FAILED, STALE_TYPE, ProblemTexts.text(messages, "problem.stale.title"),
                ProblemTexts.text(messages, "problem.noSuchVersion.detail"));
        return problem;
    }

    @ExceptionHandler(Versions.PreconditionRequiredException.class)
    ProblemDetail versionRequired(Versions.PreconditionRequiredException ex) {
        ProblemDetail problem = ProblemResponses.problem(HttpStatus.PRECONDITION_REQUIRED, PRECONDITION_TYPE, ProblemTexts.text(messages, "problem.versionRequired.title"),
                ProblemTexts.text(messages, "problem.versionRequired.detail"));
        return problem;
    }

    @ExceptionHandler(InvalidCommandException.class)
    ProblemDetail invalidCommand(InvalidCommandException ex) {
        return invalid(errors(ex), messages);
    }

    /** A PUT that leaves out fields the record has: it would erase them, so nothing is saved. */
    @ExceptionHandler(org.citydiplomacy.portal.platform.web.PresentFields.OmittedFieldsException.class)
    ProblemDetail omitted(org.citydiplomacy.portal.platform.web.PresentFields.OmittedFieldsException ex) {
        ProblemDetail problem = ProblemResponses.problem(HttpStatus.UNPROCESSABLE_CONTENT, URI.create("https://citydiplomacy.org/problems/fields-omitted"), ProblemTexts.text(messages, "problem.omitted.title"),
                ProblemTexts.text(messages, "problem.omitted.detail"));
        problem.setProperty("errors", errors(ex));
        return problem;
    }

    /** Publishing a record with a part the public does not see: a conflict with the state of those parts. */
    @ExceptionHandler(HiddenPartsException.class)
    ProblemDetail hiddenParts(HiddenPartsException ex) {
        String drafts = ex.draftNamesIn(ProblemTexts.locale());
        ProblemDetail problem = ProblemResponses.problem(HttpStatus.CONFLICT, HIDDEN_PARTS_TYPE, ProblemTexts.text(messages, "problem.hiddenParts.title"),
                ProblemTexts.text(messages, "problem.hiddenParts.detail")
                        + (drafts.isEmpty() ? "" : " " + ProblemTexts.text(messages, "problem.hiddenParts.drafts", drafts)));
        problem.setProperty("draftPartners", ex.draftPartners());
        problem.setProperty("errors", errors(ex));
        return problem;
    }

    private List<Map<String, Object>> errors(InvalidCommandException ex) {
        return ex.problems().stream()
                .map(p -> Map.<String, Object>of("field", p.field(), "code", p.code(),
                        "message", messages.getMessage(p.code(), p.arguments(), p.code(), ProblemTexts.locale())))
                .toList();
    }

    @ExceptionHandler(ConstraintViolationException.class)
    ProblemDetail constraintViolation(ConstraintViolationException ex) {
        // A service's own validation (a caller that skipped the controller's): same answer as the controller's.
        List<Map<String, Object>> errors = ex.getConstraintViolations().stream()
                .map(v -> Map.<String, Object>of("field", fieldOf(v.getPropertyPath().toString()),
                        "message", v.getMessage()))
                .toList();
        return invalid(errors, messages);
    }

    static ProblemDetail invalid(List<Map<String, Object>> errors, MessageSource messages) {
        ProblemDetail problem = ProblemResponses.problem(HttpStatus.BAD_REQUEST, INVALID_TYPE, ProblemTexts.text(messages, "problem.invalidFields.title"),
                ProblemTexts.text(messages, "problem.invalidFields.detailNothingSaved"));
        problem.setProperty("errors", errors);
        return problem;
    }

    /** "create.command.title" becomes "title": the path below the method's parameter. */
    private static String fieldOf(String path) {
        String[] parts = path.split("\\.", 3);
        return parts.length == 3 ? parts[2] : path;
    }
}
