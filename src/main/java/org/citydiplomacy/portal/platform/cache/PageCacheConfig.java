package org.citydiplomacy.portal.platform.cache;

import java.util.List;

import org.citydiplomacy.portal.platform.security.ReaderAudience;
import org.citydiplomacy.portal.shared.DataVersion;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;

@Configuration(proxyBeanMethods = false)
class PageCacheConfig {

    /**
     * Rendered public pages kept per data version, with ETags; runs inside the security filters
     * (it needs to know whether the reader is staff). The pages are those the modules declare.
     */
    @Bean
    FilterRegistrationBean<PageCacheFilter> pageCacheFilter(ReaderAudience audience, DataVersion dataVersion,
            LocaleResolver localeResolver, PageCacheProperties properties, ObjectProvider<KeptPages> declarations) {
        List<String> paths = declarations.orderedStream().flatMap(d -> d.pathPatterns().stream()).distinct().toList();
        FilterRegistrationBean<PageCacheFilter> registration = new FilterRegistrationBean<>(
                new PageCacheFilter(paths, audience, dataVersion, localeResolver, properties));
        registration.addUrlPatterns("/*");
        return registration;
    }
}
