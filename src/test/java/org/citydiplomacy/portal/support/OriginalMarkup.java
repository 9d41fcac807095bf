package org.citydiplomacy.portal.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.convert.ConversionService;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.web.context.WebApplicationContext;
import org.springframework.web.servlet.DispatcherServlet;
import org.springframework.web.servlet.View;
import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;
import org.springframework.web.servlet.resource.ResourceUrlProvider;
import org.springframework.web.servlet.resource.ResourceUrlProviderExposingInterceptor;
import org.thymeleaf.spring6.view.ThymeleafViewResolver;

/**
 * A request's model rendered again through markup kept in the tests ({@code templates/rowhtml/*}), by the
 * application's own view resolver, in the page's language: what a template wrote before its HTML was
 * written in Java, for the tests that prove both write the same bytes.
 */
public final class OriginalMarkup {

    private OriginalMarkup() {
    }

    public static String render(String template, MvcResult result, WebApplicationContext context, ThymeleafViewResolver views)
            throws Exception {
        return render(template, result, context, views, false);
    }

    /**
     * A whole page rendered again from the request's model, its static files' addresses versioned as the
     * application's {@link ResourceUrlEncodingFilter} writes them.
     */
    public static String renderPage(String template, MvcResult result, WebApplicationContext context,
            ThymeleafViewResolver views) throws Exception {
        return render(template, result, context, views, true);
    }

    private static String render(String template, MvcResult result, WebApplicationContext context,
            ThymeleafViewResolver views, boolean versionedAssets) throws Exception {
        Locale locale = result.getResponse().getLocale();
        View view = views.resolveViewName(template, locale);
        MockHttpServletRequest request = new MockHttpServletRequest(context.getServletContext(), "GET",
                result.getRequest().getRequestURI());
        request.setAttribute(DispatcherServlet.WEB_APPLICATION_CONTEXT_ATTRIBUTE, context);
        request.addPreferredLocale(locale);
        // What Spring MVC's ConversionServiceExposingInterceptor exposes to a view: ${{date}} prints with it.
        request.setAttribute(ConversionService.class.getName(), context.getBean("mvcConversionService", ConversionService.class));
        MockHttpServletResponse response = new MockHttpServletResponse();
        Map<String, Object> model = result.getModelAndView().getModel();
        // As DispatcherServlet does for a request: the formatters read the locale from here.
        LocaleContextHolder.setLocale(locale);
        try {
            if (versionedAssets) {
                ResourceUrlProvider assets = context.getBean(ResourceUrlProvider.class);
                new ResourceUrlEncodingFilter().doFilter(request, response, (in, out) -> {
                    // Set within the filter, as Spring MVC's interceptor does: its wrapper starts resolving then.
                    in.setAttribute(ResourceUrlProviderExposingInterceptor.RESOURCE_URL_PROVIDER_ATTR, assets);
                    render(view, model, (HttpServletRequest) in, (HttpServletResponse) out);
                });
            }
            else {
                view.render(model, request, response);
            }
        } finally {
            LocaleContextHolder.resetLocaleContext();
        }
        return response.getContentAsString(StandardCharsets.UTF_8);
    }

    private static void render(View view, Map<String, Object> model, HttpServletRequest request,
            HttpServletResponse response) throws IOException {
        try {
            view.render(model, request, response);
        }
        catch (IOException | RuntimeException e) {
            throw e;
        }
        catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** The page's {@code <ol class="...">} with this class, start tag to end tag: what both writers write. */
    public static String list(String html, String className) {
        int start = html.indexOf("<ol class=\"" + className + "\"");
        assertThat(start).as("an <ol class=\"" + className + "\">").isNotNegative();
        return html.substring(start, html.indexOf("</ol>", start) + "</ol>".length());
    }
}
