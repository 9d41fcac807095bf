package org.citydiplomacy.portal.platform;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;

import tools.jackson.databind.json.JsonMapper;

/**
 * Two chains. {@code /api/**} is stateless: reads are public, anything else needs credentials and
 * answers 401 without them. The browser chain keeps CSRF protection on every form and reserves
 * {@code /staff/**} for staff.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfig {

    @Bean
    @Order(1)
    SecurityFilterChain apiChain(HttpSecurity http, JsonMapper json) throws Exception {
        // 401 and 403 as problem+json, written directly (staffdata).
        ProblemSecurityResponses problems = new ProblemSecurityResponses(json);
        http.securityMatcher("/api/**")
                .authorizeHttpRequests(auth -> auth
                        // --- write API (staffdata): the services check the same roles again ---
                        .requestMatchers(HttpMethod.GET, StaffApi.STAFF_READS).hasAnyRole(Roles.EDITOR, Roles.ADMIN)
                        .requestMatchers(HttpMethod.POST, StaffApi.WITHDRAWALS).hasRole(Roles.ADMIN)
                        .requestMatchers(HttpMethod.POST, StaffApi.CREATES).hasAnyRole(Roles.EDITOR, Roles.ADMIN)
                        .requestMatchers(HttpMethod.PUT, StaffApi.UPDATES).hasAnyRole(Roles.EDITOR, Roles.ADMIN)
                        // --- end of write API ---
                        .requestMatchers(HttpMethod.GET, "/api/v1/**").permitAll()
                        .anyRequest().authenticated())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                // Bearer tokens, never cookies, authenticate API calls, so there is no CSRF to defend.
                .csrf(csrf -> csrf.disable())
                .requestCache(cache -> cache.disable())
                .exceptionHandling(ex -> ex
                        .authenticationEntryPoint(problems)
                        .accessDeniedHandler(problems));
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain browserChain(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(auth -> auth
                        .requestMatchers("/staff/**").hasAnyRole(Roles.EDITOR, Roles.ADMIN)
                        .anyRequest().permitAll())
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(
                                "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self';"
                                        + " object-src 'none'; frame-ancestors 'none'; base-uri 'self'; form-action 'self'"))
                        .referrerPolicy(referrer -> referrer.policy(
                                org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN)))
                .formLogin(form -> form.permitAll())
                .logout(logout -> logout.logoutSuccessUrl("/"));
        return http.build();
    }

    /** No account exists until staff accounts are stored; never a generated default password. */
    @Bean
    org.springframework.security.core.userdetails.UserDetailsService staffAccounts() {
        return new org.springframework.security.provisioning.InMemoryUserDetailsManager();
    }
}
