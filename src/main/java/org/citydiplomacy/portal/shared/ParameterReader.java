package org.citydiplomacy.portal.shared;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import org.citydiplomacy.portal.shared.InvalidParametersException.ParameterError;

/**
 * Reads raw request parameters into typed values, collecting every problem so that a reader
 * learns about all wrong filters at once instead of one per request.
 */
public final class ParameterReader {

    private final List<ParameterError> errors = new ArrayList<>();

    public <E extends Enum<E>> E enumValue(String parameter, String value, Class<E> type) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(java.util.Locale.ROOT).replace('-', '_'));
        }
        catch (IllegalArgumentException ex) {
            reject(parameter, "error.parameter.choice", value, String.join(", ", names(type)));
            return null;
        }
    }

    public PartialDate partialDate(String parameter, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return PartialDate.parse(value);
        }
        catch (IllegalArgumentException ex) {
            reject(parameter, "error.parameter.date", value);
            return null;
        }
    }

    public Integer integer(String parameter, String value, int min, int max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            int parsed = Integer.parseInt(value.strip());
            if (parsed < min || parsed > max) {
                reject(parameter, "error.parameter.range", value, min, max);
                return null;
            }
            return parsed;
        }
        catch (NumberFormatException ex) {
            reject(parameter, "error.parameter.range", value, min, max);
            return null;
        }
    }

    /** The {@code page} (counted from 0, as the API counts) and {@code size} parameters as a page of results. */
    public PageQuery pageQuery(String page, String size, int defaultSize) {
        return pageCountedFrom(0, page, size, defaultSize);
    }

    /** The page as the portal's pages number it, from 1 ({@code page=1} is the first). */
    public PageQuery pageFromOne(String page, String size, int defaultSize) {
        return pageCountedFrom(1, page, size, defaultSize);
    }

    private PageQuery pageCountedFrom(int first, String page, String size, int defaultSize) {
        Integer number = integer("page", page, first, 100_000);
        Integer pageSize = integer("size", size, 1, PageQuery.MAX_SIZE);
        return new PageQuery(number == null ? 0 : number - first, pageSize == null ? defaultSize : pageSize);
    }

    public String text(String parameter, String value, int maxLength) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (value.length() > maxLength) {
            reject(parameter, "error.parameter.length", Texts.printable(value.substring(0, 20)) + "…", maxLength);
            return null;
        }
        if (!Texts.isStorable(value)) {
            // The database cannot compare a NUL byte or half a character: refuse it, naming it.
            reject(parameter, "error.parameter.text", Texts.printable(value));
            return null;
        }
        return value.strip();
    }

    public String slug(String parameter, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (!value.matches("[a-z0-9]+(-[a-z0-9]+)*") || value.length() > 80) {
            reject(parameter, "error.parameter.slug", value);
            return null;
        }
        return value;
    }

    public <T> T choice(String parameter, String value, Function<String, Optional<T>> parser, String allowed) {
        Optional<T> parsed = parser.apply(value);
        if (parsed.isEmpty()) {
            reject(parameter, "error.parameter.choice", value, allowed);
            return null;
        }
        return parsed.get();
    }

    public void reject(String parameter, String code, String rejectedValue, Object... arguments) {
        errors.add(new ParameterError(parameter, code, arguments, rejectedValue));
    }

    public boolean hasErrors() {
        return !errors.isEmpty();
    }

    public List<ParameterError> errors() {
        return List.copyOf(errors);
    }

    /** @throws InvalidParametersException listing every problem found, if there was any */
    public void throwIfInvalid() {
        if (!errors.isEmpty()) {
            throw new InvalidParametersException(errors);
        }
    }

    private static <E extends Enum<E>> List<String> names(Class<E> type) {
        return java.util.Arrays.stream(type.getEnumConstants()).map(Enum::name).toList();
    }
}
