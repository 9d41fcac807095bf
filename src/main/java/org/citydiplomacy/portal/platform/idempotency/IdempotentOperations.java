package org.citydiplomacy.portal.platform.idempotency;

import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.citydiplomacy.portal.platform.web.IdempotentCreate;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.server.PathContainer;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.pattern.PathPattern;

/**
 * The method and path of every controller method marked {@link IdempotentCreate}: the modules
 * declare which of their operations take an Idempotency-Key, and this finds them (once, on the
 * first request that carries the header).
 */
class IdempotentOperations {

    private record Operation(RequestMethod method, PathPattern path) {
    }

    private final ObjectProvider<RequestMappingHandlerMapping> mappings;
    private volatile List<Operation> operations;

    IdempotentOperations(ObjectProvider<RequestMappingHandlerMapping> mappings) {
        this.mappings = mappings;
    }

    boolean matches(HttpServletRequest request) {
        RequestMethod method = RequestMethod.resolve(request.getMethod());
        if (method == null) {
            return false;
        }
        String uri = request.getRequestURI().substring(request.getContextPath().length());
        PathContainer path = PathContainer.parsePath(uri);
        return operations().stream().anyMatch(o -> o.method() == method && o.path().matches(path));
    }

    private List<Operation> operations() {
        List<Operation> found = operations;
        if (found == null) {
            found = mappings.orderedStream()
                    .flatMap(mapping -> mapping.getHandlerMethods().entrySet().stream())
                    .filter(entry -> entry.getValue().hasMethodAnnotation(IdempotentCreate.class))
                    .flatMap(entry -> operations(entry).stream())
                    .toList();
            operations = found;
        }
        return found;
    }

    private static List<Operation> operations(Map.Entry<RequestMappingInfo, HandlerMethod> entry) {
        RequestMappingInfo info = entry.getKey();
        if (info.getPathPatternsCondition() == null) {
            return List.of();
        }
        return info.getMethodsCondition().getMethods().stream()
                .flatMap(method -> info.getPathPatternsCondition().getPatterns().stream()
                        .map(pattern -> new Operation(method, pattern)))
                .toList();
    }
}
