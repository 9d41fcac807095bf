package org.citydiplomacy.portal.platform;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.server.PathContainer;
import org.springframework.web.filter.ShallowEtagHeaderFilter;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * Lets browsers and caches revalidate public pages: a weak ETag computed from the rendered page
 * (Spring's {@link ShallowEtagHeaderFilter}), so an unchanged page answers 304 with no body.
 * The page is still rendered; what is saved is the transfer. Only the public page paths listed
 * here: exports and downloads stream and must never be buffered. Public readers get
 * {@code Cache-Control: no-cache} (store, but always revalidate) and {@code Vary} on the language
 * inputs; staff get {@code private, no-store}, so their pages (which show drafts) are neither
 * stored nor tagged.
 */
class PageCacheFilter extends ShallowEtagHeaderFilter {

    static final List<String> PAGE_PATHS = List.of("/", "/agreements", "/agreements/{id}", "/agreements.atom",
            "/partners", "/partners/{slug}", "/meetings", "/meetings/{id}");

    private final List<PathPattern> pages;
    private final ReaderAudience audience;

    PageCacheFilter(ReaderAudience audience) {
        this.audience = audience;
        PathPatternParser parser = new PathPatternParser();
        this.pages = PAGE_PATHS.stream().map(parser::parse).toList();
        // Weak, so that the server may still compress the page.
        setWriteWeakETag(true);
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String method = request.getMethod();
        if (!"GET".equals(method) && !"HEAD".equals(method)) {
            return true;
        }
        String uri = request.getRequestURI();
        String path = uri.substring(request.getContextPath().length());
        PathContainer container = PathContainer.parsePath(path);
        return pages.stream().noneMatch(p -> p.matches(container));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (audience.current().isStaff()) {
            response.setHeader(HttpHeaders.CACHE_CONTROL, "private, no-store");
        }
        else {
            response.setHeader(HttpHeaders.CACHE_CONTROL, "no-cache");
            response.addHeader(HttpHeaders.VARY, "Accept-Language, Cookie");
        }
        super.doFilterInternal(request, response, chain);
    }
}
