package org.citydiplomacy.portal.shared;

import java.util.List;

/**
 * Request parameters that could not be used, each with the message code that says why. Pages show
 * the messages beside the filter; the API answers a 400 problem that lists them.
 */
public class InvalidParametersException extends RuntimeException {

    private final List<ParameterError> errors;

    public InvalidParametersException(List<ParameterError> errors) {
        super("Invalid parameters: " + errors.stream().map(ParameterError::parameter).toList());
        this.errors = List.copyOf(errors);
    }

    public List<ParameterError> errors() {
        return errors;
    }

    /** One parameter's problem: a message code with its arguments, and the value that was given. */
    public record ParameterError(String parameter, String code, Object[] arguments, String rejectedValue) {

        public ParameterError {
            // Echoed in pages and JSON: a NUL or half a character would break either.
            rejectedValue = Texts.printable(rejectedValue);
        }
    }
}
