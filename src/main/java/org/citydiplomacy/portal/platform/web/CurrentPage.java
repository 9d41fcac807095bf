package org.citydiplomacy.portal.platform.web;

import java.util.Arrays;
import java.util.stream.Collectors;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

/**
 * The page being shown, as a path within the application and its query string without the
 * language switch's own {@code lang} parameter. The layout links the other language to the same
 * page and query (Thymeleaf 3.1 templates cannot read the request themselves).
 */
public record CurrentPage(String path, String query) {

    /** The name under which every page's model holds the current page. */
    public static final String MODEL_ATTRIBUTE = "currentPage";

    public static final String LANGUAGE_PARAMETER = "lang";

    public static CurrentPage of(HttpServletRequest request) {
        Object errorUri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        String uri = errorUri != null ? errorUri.toString() : request.getRequestURI();
        String query = errorUri != null ? (String) request.getAttribute(RequestDispatcher.ERROR_QUERY_STRING)
                : request.getQueryString();
        String context = request.getContextPath();
        String path = uri.startsWith(context) ? uri.substring(context.length()) : uri;
        // Only a plain local path: never "//host" or anything a link could take off-site.
        if (!path.startsWith("/") || path.startsWith("//") || path.contains("\\")) {
            path = "/";
        }
        return new CurrentPage(path, withoutLanguage(query));
    }

    /** This page in another language: the language switch's link. */
    public String withLanguage(String language) {
        return path + "?" + (query.isEmpty() ? "" : query + "&") + LANGUAGE_PARAMETER + "=" + language;
    }

    /** This page's address within the application, with its query. */
    public String url() {
        return query.isEmpty() ? path : path + "?" + query;
    }

    private static String withoutLanguage(String query) {
        if (query == null || query.isEmpty()) {
            return "";
        }
        return Arrays.stream(query.split("&"))
                .filter(part -> !part.isEmpty() && !part.equals(LANGUAGE_PARAMETER)
                        && !part.startsWith(LANGUAGE_PARAMETER + "="))
                .collect(Collectors.joining("&"));
    }
}
