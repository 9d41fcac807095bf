package org.citydiplomacy.portal.platform.web;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Type;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.citydiplomacy.portal.shared.InvalidCommandException;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.servlet.mvc.method.annotation.RequestBodyAdviceAdapter;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Notes which top-level fields a {@code PUT} body names, so that an update can refuse a body that
 * leaves out a field the record has a value for ({@link #requireEvery}) instead of erasing it
 * silently: a JSON body binds an omitted field and a {@code null} one alike. (To change some fields
 * only, there is {@code PATCH} with a merge patch.)
 */
@ControllerAdvice(annotations = RestController.class)
public class PresentFields extends RequestBodyAdviceAdapter {

    static final String ATTRIBUTE = PresentFields.class.getName();

    private final JsonMapper json;

    PresentFields(JsonMapper json) {
        this.json = json;
    }

    @Override
    public boolean supports(MethodParameter parameter, Type targetType,
            Class<? extends HttpMessageConverter<?>> converterType) {
        return parameter.hasMethodAnnotation(org.springframework.web.bind.annotation.PutMapping.class);
    }

    @Override
    public HttpInputMessage beforeBodyRead(HttpInputMessage input, MethodParameter parameter, Type targetType,
            Class<? extends HttpMessageConverter<?>> converterType) throws IOException {
        byte[] body = input.getBody().readAllBytes();
        try {
            JsonNode tree = json.readTree(body);
            if (tree != null && tree.isObject()) {
                Set<String> names = new LinkedHashSet<>();
                tree.propertyNames().forEach(names::add);
                RequestContextHolder.currentRequestAttributes().setAttribute(ATTRIBUTE, names,
                        RequestAttributes.SCOPE_REQUEST);
            }
        }
        catch (RuntimeException ex) {
            // Unreadable: the converter reads it again and reports it as usual.
        }
        return new HttpInputMessage() {
            @Override
            public InputStream getBody() {
                return new ByteArrayInputStream(body);
            }

            @Override
            public HttpHeaders getHeaders() {
                return input.getHeaders();
            }
        };
    }

    /**
     * @param current the record's current command
     * @throws OmittedFieldsException naming every field the PUT body left out that the record has a value for
     */
    @SuppressWarnings("unchecked")
    public void requireEvery(Record current) {
        Object noted = RequestContextHolder.currentRequestAttributes().getAttribute(ATTRIBUTE, RequestAttributes.SCOPE_REQUEST);
        if (!(noted instanceof Set<?> present)) {
            return;
        }
        JsonNode tree = json.valueToTree(current);
        InvalidCommandException.Collector problems = new InvalidCommandException.Collector();
        for (String name : tree.propertyNames()) {
            JsonNode value = tree.get(name);
            boolean hasValue = value != null && !value.isNull() && !((value.isArray() || value.isObject()) && value.isEmpty())
                    && !(value.isString() && value.asString().isEmpty());
            if (hasValue && !((Set<String>) present).contains(name)) {
                problems.reject(name, "validation.put.omitted", name);
            }
        }
        if (problems.hasProblems()) {
            throw new OmittedFieldsException(problems.problems());
        }
    }

    /** A PUT that would erase what it did not mention: 422, each field named. */
    public static class OmittedFieldsException extends InvalidCommandException {

        OmittedFieldsException(List<FieldProblem> problems) {
            super(problems);
        }
    }
}
