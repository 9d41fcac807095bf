package org.citydiplomacy.portal.platform.errors;

import java.net.URI;

import org.springframework.http.HttpStatus;

/**
 * Every kind of problem the API answers, in one list: its status, its {@code type} URI and the
 * message keys of its words ({@code problem.<title>.title}, {@code problem.<detail>}), which
 * {@link ApiProblems} reads in the reader's language. Kinds that share a type and title differ in
 * their detail (a stale edit, a raced one).
 */
public enum ProblemType {

    NOT_FOUND(HttpStatus.NOT_FOUND, "not-found", "notFound", "notFound.detail"),
    NO_SUCH_ADDRESS(HttpStatus.NOT_FOUND, "not-found", "notFound", "notFound.detailAddress"),
    WITHDRAWN(HttpStatus.GONE, "withdrawn", "withdrawn", "withdrawn.detail"),
    WITHDRAWN_ON(HttpStatus.GONE, "withdrawn", "withdrawn", "withdrawn.detailOn"),
    INVALID_PARAMETERS(HttpStatus.BAD_REQUEST, "invalid-parameters", "invalidParameters", "invalidParameters.detail"),
    TYPE_MISMATCH(HttpStatus.BAD_REQUEST, "invalid-parameters", "invalidParameters", "typeMismatch.detail"),
    /** Fields of a JSON body that fail their constraints (bean validation of the controller's argument). */
    INVALID_BODY(HttpStatus.BAD_REQUEST, "invalid-parameters", "invalidFields", "invalidFields.detail"),
    INVALID_FIELDS(HttpStatus.BAD_REQUEST, "invalid-fields", "invalidFields", "invalidFields.detailNothingSaved"),
    UNREADABLE(HttpStatus.BAD_REQUEST, "invalid-fields", "invalidFields", "unreadable.detail"),
    STALE(HttpStatus.PRECONDITION_FAILED, "edited-meanwhile", "stale", "stale.detail"),
    RACED(HttpStatus.PRECONDITION_FAILED, "edited-meanwhile", "stale", "raced.detail"),
    NO_SUCH_VERSION(HttpStatus.PRECONDITION_FAILED, "edited-meanwhile", "stale", "noSuchVersion.detail"),
    VERSION_REQUIRED(HttpStatus.PRECONDITION_REQUIRED, "version-required", "versionRequired", "versionRequired.detail"),
    FIELDS_OMITTED(HttpStatus.UNPROCESSABLE_CONTENT, "fields-omitted", "omitted", "omitted.detail"),
    HIDDEN_PARTS(HttpStatus.CONFLICT, "hidden-parts", "hiddenParts", "hiddenParts.detail"),
    DATABASE_UNAVAILABLE(HttpStatus.SERVICE_UNAVAILABLE, "database-unavailable", "databaseUnavailable", "databaseUnavailable.detail"),
    // The security chains' answers.
    UNAUTHENTICATED(HttpStatus.UNAUTHORIZED, "unauthorized", "unauthenticated", "unauthenticated.detail"),
    UNAUTHENTICATED_BASIC(HttpStatus.UNAUTHORIZED, "unauthorized", "unauthenticated", "unauthenticated.detailBasic"),
    INVALID_TOKEN(HttpStatus.UNAUTHORIZED, "unauthorized", "unauthenticated", "unauthenticated.detailInvalidToken"),
    FORBIDDEN(HttpStatus.FORBIDDEN, "forbidden", "forbidden", "forbidden.detail"),
    THROTTLED(HttpStatus.TOO_MANY_REQUESTS, "too-many-failed-sign-ins", "throttled", "throttled.detail"),
    // The idempotency filter's.
    IDEMPOTENCY_KEY_INVALID(HttpStatus.BAD_REQUEST, "invalid-idempotency-key", "idempotencyKeyInvalid", "idempotencyKeyInvalid.detail"),
    IDEMPOTENCY_KEY_IN_USE(HttpStatus.CONFLICT, "idempotency-key-in-use", "idempotencyKeyInUse", "idempotencyKeyInUse.detail"),
    IDEMPOTENCY_KEY_REUSED(HttpStatus.UNPROCESSABLE_CONTENT, "idempotency-key-reused", "idempotencyKeyReused", "idempotencyKeyReused.detail"),
    // Requests Spring MVC or the container refuse before any controller runs.
    BAD_REQUEST(HttpStatus.BAD_REQUEST, "bad-request", "badRequest", "badRequest.detail"),
    METHOD_NOT_ALLOWED(HttpStatus.METHOD_NOT_ALLOWED, "method-not-allowed", "methodNotAllowed", "methodNotAllowed.detail"),
    NOT_ACCEPTABLE(HttpStatus.NOT_ACCEPTABLE, "not-acceptable", "notAcceptable", "notAcceptable.detail"),
    NOT_ACCEPTABLE_WRITE(HttpStatus.NOT_ACCEPTABLE, "not-acceptable", "notAcceptable", "notAcceptable.detailNothingSaved"),
    CONTENT_TOO_LARGE(HttpStatus.PAYLOAD_TOO_LARGE, "content-too-large", "contentTooLarge", "contentTooLarge.detail"),
    URI_TOO_LONG(HttpStatus.URI_TOO_LONG, "uri-too-long", "uriTooLong", "uriTooLong.detail"),
    HEADERS_TOO_LARGE(HttpStatus.REQUEST_HEADER_FIELDS_TOO_LARGE, "headers-too-large", "headersTooLarge", "headersTooLarge.detail"),
    UNSUPPORTED_MEDIA_TYPE(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "unsupported-media-type", "unsupportedMediaType", "unsupportedMediaType.detail"),
    SERVER_ERROR(HttpStatus.INTERNAL_SERVER_ERROR, "server-error", "serverError", "serverError.detail"),
    /** Any other status (its own is set on the problem): words that fit every refusal. */
    OTHER(HttpStatus.BAD_REQUEST, null, "other", "other.detail");

    private static final String BASE = "https://citydiplomacy.org/problems/";

    private final HttpStatus status;
    private final URI type;
    private final String title;
    private final String detail;

    ProblemType(HttpStatus status, String slug, String title, String detail) {
        this.status = status;
        this.type = slug == null ? URI.create("about:blank") : URI.create(BASE + slug);
        this.title = "problem." + title + ".title";
        this.detail = "problem." + detail;
    }

    public HttpStatus status() {
        return status;
    }

    public URI type() {
        return type;
    }

    String titleKey() {
        return title;
    }

    String detailKey() {
        return detail;
    }

    /** The answer of the error dispatch (and of Spring MVC's own refusals) for a status. */
    static ProblemType ofStatus(int status) {
        return switch (status) {
            case 400 -> BAD_REQUEST;
            case 401 -> UNAUTHENTICATED;
            case 403 -> FORBIDDEN;
            case 404 -> NO_SUCH_ADDRESS;
            case 405 -> METHOD_NOT_ALLOWED;
            case 406 -> NOT_ACCEPTABLE;
            case 413 -> CONTENT_TOO_LARGE;
            case 414 -> URI_TOO_LONG;
            case 415 -> UNSUPPORTED_MEDIA_TYPE;
            case 431 -> HEADERS_TOO_LARGE;
            case 503 -> DATABASE_UNAVAILABLE;
            default -> status >= 500 ? SERVER_ERROR : OTHER;
        };
    }
}
