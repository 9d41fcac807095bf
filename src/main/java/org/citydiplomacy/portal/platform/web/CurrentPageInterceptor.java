package org.citydiplomacy.portal.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.view.RedirectView;

/**
 * Puts the {@link CurrentPage} in every rendered page's model, for the layout's language switch.
 * An interceptor rather than a {@code @ModelAttribute} advice: an advice runs for every handler, the
 * JSON API's too, where Spring MVC built and invoked it on each request for a model nobody renders (about
 * 6% of the Java time of an API page the page cache had not kept). Redirects carry no page model; error
 * pages answered by an exception handler put it there themselves ({@code PageErrorAdvice}).
 */
class CurrentPageInterceptor implements HandlerInterceptor {

    @Override
    public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler,
            ModelAndView view) {
        if (view == null || view.wasCleared() || isRedirect(view)) {
            return;
        }
        view.getModelMap().putIfAbsent(CurrentPage.MODEL_ATTRIBUTE, CurrentPage.of(request));
    }

    private static boolean isRedirect(ModelAndView view) {
        String name = view.getViewName();
        return name != null && name.startsWith("redirect:")
                || view.getView() instanceof RedirectView;
    }
}
