package org.citydiplomacy.portal.platform;

import org.citydiplomacy.portal.shared.DataVersion;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.format.FormatterRegistry;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

@Configuration(proxyBeanMethods = false)
class WebConfig implements WebMvcConfigurer {

    @Bean
    LocaleResolver localeResolver() {
        return new PortalLocaleResolver();
    }

    /**
     * Rendered public pages kept per data version, with ETags; runs inside the security filters
     * (it needs to know whether the reader is staff).
     */
    @Bean
    FilterRegistrationBean<PageCacheFilter> pageCacheFilter(ReaderAudience audience, DataVersion dataVersion,
            LocaleResolver localeResolver, PageCacheProperties properties) {
        FilterRegistrationBean<PageCacheFilter> registration = new FilterRegistrationBean<>(
                new PageCacheFilter(audience, dataVersion, localeResolver, properties));
        registration.addUrlPatterns("/*");
        return registration;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        LocaleChangeInterceptor languageSwitch = new LocaleChangeInterceptor();
        languageSwitch.setParamName("lang");
        languageSwitch.setIgnoreInvalidLocale(true);
        registry.addInterceptor(languageSwitch);
    }

    @Override
    public void addFormatters(FormatterRegistry registry) {
        registry.addFormatter(new PartialDateFormatter());
    }
}
