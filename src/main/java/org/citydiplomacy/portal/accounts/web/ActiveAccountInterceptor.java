package org.citydiplomacy.portal.accounts.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.citydiplomacy.portal.accounts.AccountService;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Ends the session of an account deactivated while it was signed in, at its next workspace request,
 * rather than letting it work on until the session times out. One indexed look-up per staff page.
 */
class ActiveAccountInterceptor implements HandlerInterceptor {

    private final AccountService accounts;

    ActiveAccountInterceptor(AccountService accounts) {
        this.accounts = accounts;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
            throws Exception {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        // Only password sign-ins live in sessions; tokens are checked on every request already.
        if (authentication instanceof UsernamePasswordAuthenticationToken && authentication.isAuthenticated()
                && !accounts.isActive(authentication.getName())) {
            HttpSession session = request.getSession(false);
            if (session != null) {
                session.invalidate();
            }
            SecurityContextHolder.clearContext();
            response.sendRedirect(request.getContextPath() + "/login?outcome=failed");
            return false;
        }
        return true;
    }
}
