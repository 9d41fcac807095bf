package org.citydiplomacy.portal.calendars.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Personal calendars are read by calendar programs that cannot sign in: the secret in the address is
 * their only credential, checked by the calendars module. A chain of their own lets them through
 * without a session (none is read or made: a session cookie signs nobody in here, and the secret signs
 * nobody in anywhere else), without CSRF tokens or saved requests, and for reading only.
 */
@Configuration(proxyBeanMethods = false)
class CalendarSecurityConfig {

    @Bean
    @Order(0)
    SecurityFilterChain personalCalendarChain(HttpSecurity http) throws Exception {
        http.securityMatcher("/calendar/**")
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers(HttpMethod.GET, "/calendar/**").permitAll()
                        .requestMatchers(HttpMethod.HEAD, "/calendar/**").permitAll()
                        .anyRequest().denyAll())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .securityContext(context -> context.disable())
                .requestCache(cache -> cache.disable())
                .csrf(csrf -> csrf.disable());
        return http.build();
    }
}
