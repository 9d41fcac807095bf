package org.citydiplomacy.portal.platform.security;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

@Configuration(proxyBeanMethods = false)
class SecurityEventConfig implements WebMvcConfigurer {

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new SecurityEventInterceptor())
                .addPathPatterns("/api/v1/*/*/documents", "/api/v1/*/*/withdrawal", "/staff/agreements/*/documents/**",
                        "/staff/*/*/withdraw");
    }
}
