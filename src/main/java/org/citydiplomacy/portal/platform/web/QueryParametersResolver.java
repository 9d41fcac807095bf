package org.citydiplomacy.portal.platform.web;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.core.MethodParameter;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

/** Fills {@link QueryParameters} records from the query string, their constructor looked up once per type. */
class QueryParametersResolver implements HandlerMethodArgumentResolver {

    private record Shape(Constructor<?> constructor, String[] names) {
    }

    private final Map<Class<?>, Shape> shapes = new ConcurrentHashMap<>();

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        Class<?> type = parameter.getParameterType();
        return type.isRecord() && QueryParameters.class.isAssignableFrom(type);
    }

    @Override
    public Object resolveArgument(MethodParameter parameter, ModelAndViewContainer mavContainer,
            NativeWebRequest request, WebDataBinderFactory binderFactory) throws Exception {
        Shape shape = shapes.computeIfAbsent(parameter.getParameterType(), QueryParametersResolver::shape);
        Object[] values = new Object[shape.names().length];
        for (int i = 0; i < values.length; i++) {
            String[] given = request.getParameterValues(shape.names()[i]);
            values[i] = given == null ? null : String.join(",", given);
        }
        try {
            return shape.constructor().newInstance(values);
        }
        catch (InvocationTargetException ex) {
            throw ex.getCause() instanceof Exception cause ? cause : ex;
        }
    }

    private static Shape shape(Class<?> type) {
        RecordComponent[] components = type.getRecordComponents();
        if (Arrays.stream(components).anyMatch(c -> c.getType() != String.class)) {
            throw new IllegalStateException(type + " is QueryParameters but has a component that is not text");
        }
        try {
            Constructor<?> constructor = type.getDeclaredConstructor(
                    Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new));
            constructor.setAccessible(true);
            return new Shape(constructor, Arrays.stream(components).map(RecordComponent::getName).toArray(String[]::new));
        }
        catch (NoSuchMethodException ex) {
            throw new IllegalStateException(type + " has no canonical constructor", ex);
        }
    }
}
