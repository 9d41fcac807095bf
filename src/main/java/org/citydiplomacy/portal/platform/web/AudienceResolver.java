package org.citydiplomacy.portal.platform.web;

import org.citydiplomacy.portal.platform.security.ReaderAudience;
import org.citydiplomacy.portal.shared.Audience;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

/**
 * Gives a page or endpoint the reader's {@link Audience} as an argument, as Spring gives it the
 * {@link java.util.Locale}: staff see drafts and withdrawn records, the public does not. Not a request
 * parameter: the API description leaves it out ({@code ApiDocsConfig}).
 */
final class AudienceResolver implements HandlerMethodArgumentResolver {

    private final ReaderAudience audience;

    AudienceResolver(ReaderAudience audience) {
        this.audience = audience;
    }

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return parameter.getParameterType() == Audience.class;
    }

    @Override
    public Audience resolveArgument(MethodParameter parameter, ModelAndViewContainer container, NativeWebRequest request,
            WebDataBinderFactory binders) {
        return audience.current();
    }
}
