package org.citydiplomacy.portal.platform.web;

import java.util.List;

import org.citydiplomacy.portal.platform.security.ReaderAudience;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.format.FormatterRegistry;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;
import org.thymeleaf.spring6.view.ThymeleafViewResolver;

@Configuration(proxyBeanMethods = false)
class WebConfig implements WebMvcConfigurer {

    private final ReaderAudience audience;

    WebConfig(ReaderAudience audience) {
        this.audience = audience;
    }

    @Bean
    LocaleResolver localeResolver() {
        return new PortalLocaleResolver();
    }

    /**
     * How Thymeleaf's views are made. Pages are HTML whatever their address ends with: without this, Thymeleaf typed
     * the 400 page of {@code /agreements.atom?from=x} by the extension, application/atom+xml, which a browser cannot
     * show. And each page is made into the portal's own buffer ({@link PageBufferView}), which Thymeleaf hands the
     * template as the response's writer when it produces output while processing.
     */
    @Bean
    static BeanPostProcessor thymeleafViews() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessBeforeInitialization(Object bean, String beanName) {
                if (bean instanceof ThymeleafViewResolver resolver) {
                    resolver.setForceContentType(true);
                    resolver.setViewClass(PageBufferView.class);
                    resolver.setProducePartialOutputWhileProcessing(true);
                }
                return bean;
            }
        };
    }

    @Override
    public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(new QueryParametersResolver());
        resolvers.add(new AudienceResolver(audience));
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        LocaleChangeInterceptor languageSwitch = new LocaleChangeInterceptor();
        languageSwitch.setParamName("lang");
        languageSwitch.setIgnoreInvalidLocale(true);
        registry.addInterceptor(languageSwitch);
        registry.addInterceptor(new CurrentPageInterceptor());
    }

    @Override
    public void addFormatters(FormatterRegistry registry) {
        registry.addFormatter(new PartialDateFormatter());
    }
}
