package org.citydiplomacy.portal.platform.security;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.server.PathContainer;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * Writes the security events of requests that the modules serve themselves, by address: signed
 * documents uploaded and records withdrawn, in the API and in the workspace, with who asked and
 * what was answered (a refused one too).
 */
class SecurityEventInterceptor implements HandlerInterceptor {

    private record Watched(PathPattern pattern, String event) {
    }

    private static final PathPatternParser PARSER = new PathPatternParser();
    private static final List<Watched> WATCHED = List.of(
            new Watched(PARSER.parse("/api/v1/agreements/{id}/documents"), "document.upload"),
            new Watched(PARSER.parse("/staff/agreements/{id}/documents/**"), "document.upload"),
            new Watched(PARSER.parse("/api/v1/{kind}/{key}/withdrawal"), "record.withdrawal"),
            new Watched(PARSER.parse("/staff/{kind}/{key}/withdraw"), "record.withdrawal"));

    @Override
    public void afterCompletion(HttpServletRequest request, HttpServletResponse response, Object handler,
            Exception ex) {
        if (!"POST".equals(request.getMethod())) {
            return;
        }
        PathContainer path = PathContainer.parsePath(request.getRequestURI().substring(request.getContextPath().length()));
        for (Watched watched : WATCHED) {
            PathPattern.PathMatchInfo match = watched.pattern().matchAndExtract(path);
            if (match != null) {
                Authentication user = SecurityContextHolder.getContext().getAuthentication();
                int status = ex != null && response.getStatus() < 400 ? 500 : response.getStatus();
                SecurityEvents.record(watched.event(), "user", user == null ? "anonymous" : user.getName(),
                        "path", path.value(), "status", status,
                        "outcome", status < 400 ? "done" : "refused");
                return;
            }
        }
    }
}
