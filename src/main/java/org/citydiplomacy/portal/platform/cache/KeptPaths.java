package org.citydiplomacy.portal.platform.cache;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.server.PathContainer;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/** The requests for the pages the modules declare ({@link KeptPages}): a GET or HEAD of one of their paths. */
final class KeptPaths {

    private final List<PathPattern> patterns;

    KeptPaths(List<String> pathPatterns) {
        PathPatternParser parser = new PathPatternParser();
        this.patterns = pathPatterns.stream().map(parser::parse).toList();
    }

    boolean matches(HttpServletRequest request) {
        String method = request.getMethod();
        if (!"GET".equals(method) && !"HEAD".equals(method)) {
            return false;
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        PathContainer container = PathContainer.parsePath(path);
        return patterns.stream().anyMatch(p -> p.matches(container));
    }
}
