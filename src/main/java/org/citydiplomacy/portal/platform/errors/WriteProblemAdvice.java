package org.citydiplomacy.portal.platform.errors;

import org.citydiplomacy.portal.platform.web.Versions;

import java.util.List;
import java.util.Map;

import jakarta.validation.ConstraintViolationException;

import org.citydiplomacy.portal.shared.HiddenPartsException;
import org.citydiplomacy.portal.shared.InvalidCommandException;
import org.citydiplomacy.portal.shared.StaleEditException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
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

    private final ApiProblems problems;

    WriteProblemAdvice(ApiProblems problems) {
        this.problems = problems;
    }

    @ExceptionHandler(StaleEditException.class)
    ProblemDetail stale(StaleEditException ex) {
        ProblemDetail problem = problems.problem(ProblemType.STALE, problems.kind(ex.kind()),
                String.valueOf(ex.baseVersion()), String.valueOf(ex.currentVersion()));
        problem.setProperty("baseVersion", ex.baseVersion());
        problem.setProperty("currentVersion", ex.currentVersion());
        problem.setProperty("currentETag", Versions.etag(ex.currentVersion()));
        problem.setProperty("changedMeanwhile", ex.changes());
        return problem;
    }

    /** Two saves of the same version at the same moment: the other one committed first. */
    @ExceptionHandler(ObjectOptimisticLockingFailureException.class)
    ProblemDetail raced(ObjectOptimisticLockingFailureException ex) {
        return problems.problem(ProblemType.RACED);
    }

    @ExceptionHandler(Versions.PreconditionFailedException.class)
    ProblemDetail noSuchVersion(Versions.PreconditionFailedException ex) {
        return problems.problem(ProblemType.NO_SUCH_VERSION);
    }

    @ExceptionHandler(Versions.PreconditionRequiredException.class)
    ProblemDetail versionRequired(Versions.PreconditionRequiredException ex) {
        return problems.problem(ProblemType.VERSION_REQUIRED);
    }

    @ExceptionHandler(InvalidCommandException.class)
    ProblemDetail invalidCommand(InvalidCommandException ex) {
        return invalid(errors(ex), problems);
    }

    /** A PUT that leaves out fields the record has: it would erase them, so nothing is saved. */
    @ExceptionHandler(org.citydiplomacy.portal.platform.web.PresentFields.OmittedFieldsException.class)
    ProblemDetail omitted(org.citydiplomacy.portal.platform.web.PresentFields.OmittedFieldsException ex) {
        ProblemDetail problem = problems.problem(ProblemType.FIELDS_OMITTED);
        problem.setProperty("errors", errors(ex));
        return problem;
    }

    /** Publishing a record with a part the public does not see: a conflict with the state of those parts. */
    @ExceptionHandler(HiddenPartsException.class)
    ProblemDetail hiddenParts(HiddenPartsException ex) {
        String drafts = ex.draftNamesIn(ApiProblems.locale());
        ProblemDetail problem = problems.problem(ProblemType.HIDDEN_PARTS);
        if (!drafts.isEmpty()) {
            problem.setDetail(problem.getDetail() + " " + problems.text("problem.hiddenParts.drafts", drafts));
        }
        problem.setProperty("draftPartners", ex.draftPartners());
        problem.setProperty("errors", errors(ex));
        return problem;
    }

    private List<Map<String, Object>> errors(InvalidCommandException ex) {
        return ex.problems().stream()
                .map(p -> Map.<String, Object>of("field", p.field(), "code", p.code(),
                        "message", problems.textOr(p.code(), p.arguments())))
                .toList();
    }

    /** A service's own validation (a caller that skipped the controller's): same answer as the controller's. */
    @ExceptionHandler(ConstraintViolationException.class)
    ProblemDetail constraintViolation(ConstraintViolationException ex) {
        List<Map<String, Object>> errors = ex.getConstraintViolations().stream()
                .map(v -> Map.<String, Object>of("field", fieldOf(v.getPropertyPath().toString()),
                        "message", v.getMessage()))
                .toList();
        return invalid(errors, problems);
    }

    static ProblemDetail invalid(List<Map<String, Object>> errors, ApiProblems problems) {
        ProblemDetail problem = problems.problem(ProblemType.INVALID_FIELDS);
        problem.setProperty("errors", errors);
        return problem;
    }

    /** "create.command.title" becomes "title": the path below the method's parameter. */
    private static String fieldOf(String path) {
        String[] parts = path.split("\\.", 3);
        return parts.length == 3 ? parts[2] : path;
    }
}
