package org.citydiplomacy.portal.platform.cache;

import java.util.List;

import org.citydiplomacy.portal.platform.security.ReaderAudience;
import org.citydiplomacy.portal.shared.DataVersion;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.servlet.LocaleResolver;

@Configuration(proxyBeanMethods = false)
class PageCacheConfig {

    /** The pages the modules declare: kept by the page cache, made in render slots. */
    @Bean
    KeptPaths keptPaths(ObjectProvider<KeptPages> declarations) {
        List<String> paths = declarations.orderedStream().flatMap(d -> d.pathPatterns().stream()).distinct().toList();
        return new KeptPaths(paths);
    }

    /**
     * Rendered public pages kept per data version, with ETags; runs inside the security filters
     * (it needs to know whether the reader is staff).
     */
    @Bean
    FilterRegistrationBean<PageCacheFilter> pageCacheFilter(KeptPaths keptPaths, ReaderAudience audience,
            DataVersion dataVersion, LocaleResolver localeResolver, PageCacheProperties properties) {
        FilterRegistrationBean<PageCacheFilter> registration = new FilterRegistrationBean<>(
                new PageCacheFilter(keptPaths, audience, dataVersion, localeResolver, properties));
        registration.addUrlPatterns("/*");
        return registration;
    }

    /**
     * A render slot for each request for a declared page, taken before the session's and the security
     * filters (whose work is part of the page's) and after the container's own error and encoding filters.
     */
    @Bean
    FilterRegistrationBean<RenderSlotFilter> renderSlotFilter(KeptPaths keptPaths, PageCacheProperties properties) {
        FilterRegistrationBean<RenderSlotFilter> registration = new FilterRegistrationBean<>(
                new RenderSlotFilter(keptPaths, new RenderSlots(properties.rendersAtOnce(), properties.renderWait())));
        registration.addUrlPatterns("/*");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
        return registration;
    }
}
