package org.citydiplomacy.portal.platform.cache;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Takes a {@link RenderSlots render slot} for a request for a public page, before the session and security
 * filters, and gives it back when the request is done unless the page cache gave it back before writing
 * the page. Error and asynchronous dispatches are not filtered (they run after the request's own).
 */
class RenderSlotFilter extends OncePerRequestFilter {

    private final KeptPaths pages;
    private final RenderSlots slots;

    RenderSlotFilter(KeptPaths pages, RenderSlots slots) {
        this.pages = pages;
        this.slots = slots;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !pages.matches(request);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        RenderSlots.Slot slot = slots.take(request);
        try {
            chain.doFilter(request, response);
        }
        finally {
            slot.release();
        }
    }
}
