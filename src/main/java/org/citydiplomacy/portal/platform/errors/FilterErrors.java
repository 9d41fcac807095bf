package org.citydiplomacy.portal.platform.errors;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.citydiplomacy.portal.shared.InvalidParametersException.ParameterError;

/**
 * The filters of a listing that could not be used, for showing each message beside its filter.
 * Message keys are {@code filter.error.<parameter>} ({@code filter.error.to.order} when the range
 * ends before it starts, {@code filter.error.text} for a character that cannot be searched for), with
 * the rejected value as argument {0}.
 */
public final class FilterErrors {

    private static final FilterErrors NONE = new FilterErrors(Map.of());

    private final Map<String, ParameterError> byParameter;

    private FilterErrors(Map<String, ParameterError> byParameter) {
        this.byParameter = byParameter;
    }

    public static FilterErrors of(List<ParameterError> errors) {
        return of(errors, List.of());
    }

    /** The errors in the order of the filters on the page ({@code order}), others after them. */
    public static FilterErrors of(List<ParameterError> errors, List<String> order) {
        if (errors.isEmpty()) {
            return NONE;
        }
        Map<String, ParameterError> map = new LinkedHashMap<>();
        errors.stream()
                .sorted(Comparator.comparingInt(e -> order.contains(e.parameter()) ? order.indexOf(e.parameter())
                        : order.size()))
                .forEach(e -> map.putIfAbsent(e.parameter(), e));
        return new FilterErrors(map);
    }

    public boolean any() {
        return !byParameter.isEmpty();
    }

    public boolean has(String parameter) {
        return byParameter.containsKey(parameter);
    }

    /** The parameters in error, in the order they were found. */
    public List<String> parameters() {
        return List.copyOf(byParameter.keySet());
    }

    public String key(String parameter) {
        ParameterError error = byParameter.get(parameter);
        if (error == null) {
            return null;
        }
        return switch (error.code()) {
            case "error.parameter.dateOrder" -> "filter.error." + parameter + ".order";
            case "error.parameter.text" -> "filter.error.text";
            default -> "filter.error." + parameter;
        };
    }

    public String value(String parameter) {
        ParameterError error = byParameter.get(parameter);
        return error == null ? null : error.rejectedValue();
    }
}
