package org.citydiplomacy.portal.platform.errors;

import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.Map;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.apache.tomcat.util.http.InvalidParameterException;

/**
 * Parameters Tomcat cannot decode (invalid UTF-8 such as {@code %ED%A0%80}, a multipart body over its
 * limits) make every {@code getParameter} throw. Without this filter that was a stack trace in the
 * log, and the error page then failed the same way ("Exception Processing ErrorPage") and fell back
 * to Tomcat's own report. Here the request is answered 400 (413 for a body too large) through the
 * portal's error dispatch, during which the parameters read as absent. Multipart bodies are not read
 * here (they are read lazily, after the security filters); their failure is caught on the way out.
 */
class UndecodableParametersFilter implements Filter {

    private static final String FAILED = UndecodableParametersFilter.class.getName() + ".FAILED";

    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) req;
        HttpServletResponse response = (HttpServletResponse) res;
        if (request.getDispatcherType() == DispatcherType.ERROR) {
            // The error page never needs a multipart body's fields, and reading them may fail again
            // (a file name Tomcat refuses), turning the API's problem into a page.
            boolean hide = request.getAttribute(FAILED) != null || isMultipart(request);
            chain.doFilter(hide ? new WithoutParameters(request) : request, response);
            return;
        }
        InvalidParameterException failure = isMultipart(request) ? null : decode(request);
        if (failure == null) {
            try {
                chain.doFilter(request, response);
                return;
            }
            catch (ServletException | RuntimeException ex) {
                failure = find(ex);
                if (failure == null || response.isCommitted()) {
                    throw ex;
                }
                response.resetBuffer();
            }
        }
        request.setAttribute(FAILED, Boolean.TRUE);
        // The security filters did not run (or their headers went with the reset): the error page needs them.
        SecurityHeaders.write(response);
        response.sendError(failure.getErrorCode() >= 400 ? failure.getErrorCode() : HttpServletResponse.SC_BAD_REQUEST);
    }

    private static InvalidParameterException decode(HttpServletRequest request) {
        try {
            request.getParameterMap();
            return null;
        }
        catch (InvalidParameterException ex) {
            return ex;
        }
    }

    private static InvalidParameterException find(Throwable ex) {
        for (Throwable t = ex; t != null; t = t.getCause()) {
            if (t instanceof InvalidParameterException invalid) {
                return invalid;
            }
        }
        return null;
    }

    private static boolean isMultipart(HttpServletRequest request) {
        String type = request.getContentType();
        return type != null && type.toLowerCase(java.util.Locale.ROOT).startsWith("multipart/");
    }

    /** The request as the error page sees it: its parameters could not be read, so it has none. */
    private static final class WithoutParameters extends HttpServletRequestWrapper {

        WithoutParameters(HttpServletRequest request) {
            super(request);
        }

        @Override
        public String getParameter(String name) {
            return null;
        }

        @Override
        public Map<String, String[]> getParameterMap() {
            return Map.of();
        }

        @Override
        public Enumeration<String> getParameterNames() {
            return Collections.emptyEnumeration();
        }

        @Override
        public String[] getParameterValues(String name) {
            return null;
        }
    }
}
