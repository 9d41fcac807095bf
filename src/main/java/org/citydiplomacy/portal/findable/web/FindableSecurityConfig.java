package org.citydiplomacy.portal.findable.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The sitemap files and robots.txt are public and the same for everyone, crawlers above all: a chain of
 * their own that lets every GET through without a session, saved request or CSRF token, as for the
 * API documentation (platform/web's ApiDocsConfig).
 */
@Configuration(proxyBeanMethods = false)
class FindableSecurityConfig {

    @Bean
    @Order(0)
    SecurityFilterChain findableChain(HttpSecurity http) throws Exception {
        http.securityMatcher("/robots.txt", "/sitemap.xml", "/sitemap-*.xml")
                .authorizeHttpRequests(auth -> auth.anyRequest().permitAll())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                .csrf(csrf -> csrf.disable());
        return http.build();
    }
}
