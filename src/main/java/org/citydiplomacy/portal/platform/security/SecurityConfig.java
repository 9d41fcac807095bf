package org.citydiplomacy.portal.platform.security;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.server.resource.introspection.OpaqueTokenIntrospector;
import org.springframework.security.oauth2.server.resource.web.BearerTokenAuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;

import org.citydiplomacy.portal.platform.errors.ApiProblems;
import org.citydiplomacy.portal.platform.errors.ProblemType;

/**
 * Four chains. Static files ({@code /assets/**}) pass a chain that only writes the response headers.
 * {@code POST /api/v1/tokens} takes a staff account's username and password (HTTP Basic) and issues a
 * personal access token. The rest of {@code /api/**} is stateless: reads are public,
 * anything else needs a bearer token of a staff account and answers 401 without one. The browser chain
 * signs staff in with a form, keeps CSRF protection on every form, signs out by POST only, and reserves
 * {@code /staff/**} for staff and {@code /staff/accounts/**} for admins. Password sign-ins of both kinds
 * go through the same throttled provider of the accounts module.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfig {

    static final String REALM = "City Diplomacy Records";

    /**
     * No observation (trace span and timer) around each of the chains' filters: without them a kept
     * public page answered about 20% more requests per second (docs/performance.md). Requests are
     * still timed once each by Spring MVC's own observation.
     */
    @Bean
    static SecurityObservationSettings securityObservationSettings() {
        return SecurityObservationSettings.noObservations();
    }

    /**
     * Static files are public and the same for everyone: no session, security context, CSRF token,
     * saved request or anonymous user to prepare for them, only the headers that every answer carries.
     */
    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE)
    SecurityFilterChain staticFilesChain(HttpSecurity http) throws Exception {
        http.securityMatcher("/assets/**")
                .headers(SecurityConfig::pageHeaders)
                .sessionManagement(session -> session.disable())
                .securityContext(context -> context.disable())
                .csrf(csrf -> csrf.disable())
                .requestCache(cache -> cache.disable())
                .anonymous(anonymous -> anonymous.disable())
                .servletApi(servletApi -> servletApi.disable())
                .logout(logout -> logout.disable())
                .exceptionHandling(ex -> ex.disable());
        return http.build();
    }

    @Bean
    @Order(0)
    SecurityFilterChain tokenIssuanceChain(HttpSecurity http, AuthenticationProvider passwordAuthentication,
            ApiProblems problems) throws Exception {
        http.securityMatcher(PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, "/api/v1/tokens"))
                .authorizeHttpRequests(auth -> auth.anyRequest().hasAnyRole(Roles.EDITOR, Roles.ADMIN))
                .authenticationManager(new ProviderManager(passwordAuthentication))
                .httpBasic(basic -> basic.authenticationEntryPoint(ApiSecurityProblems.entryPoint(problems,
                        ApiSecurityProblems.basicChallenge(REALM), ProblemType.UNAUTHENTICATED_BASIC)))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                // Credentials travel in the Authorization header, never in a cookie: nothing for CSRF to forge.
                .csrf(csrf -> csrf.disable())
                .requestCache(cache -> cache.disable())
                .exceptionHandling(ex -> ex.accessDeniedHandler(ApiSecurityProblems.accessDenied(problems)));
        return http.build();
    }

    @Bean
    @Order(1)
    SecurityFilterChain apiChain(HttpSecurity http, OpaqueTokenIntrospector accessTokens, ApiProblems problems)
            throws Exception {
        BearerTokenAuthenticationEntryPoint bearer = new BearerTokenAuthenticationEntryPoint();
        bearer.setRealmName(REALM);
        var entryPoint = ApiSecurityProblems.entryPoint(problems, bearer, ProblemType.UNAUTHENTICATED);
        var accessDenied = ApiSecurityProblems.accessDenied(problems);
        http.securityMatcher("/api/**")
                .authorizeHttpRequests(auth -> auth
                        // --- write API (staffdata): the services check the same roles again ---
                        .requestMatchers(HttpMethod.GET, StaffApi.STAFF_READS).hasAnyRole(Roles.EDITOR, Roles.ADMIN)
                        .requestMatchers(HttpMethod.POST, StaffApi.WITHDRAWALS).hasRole(Roles.ADMIN)
                        .requestMatchers(HttpMethod.POST, StaffApi.CREATES).hasAnyRole(Roles.EDITOR, Roles.ADMIN)
                        .requestMatchers(HttpMethod.PUT, StaffApi.UPDATES).hasAnyRole(Roles.EDITOR, Roles.ADMIN)
                        // --- end of write API ---
                        .requestMatchers(HttpMethod.GET, "/api/v1/**").permitAll()
                        .anyRequest().hasAnyRole(Roles.EDITOR, Roles.ADMIN))
                .oauth2ResourceServer(resource -> resource
                        .opaqueToken(token -> token.introspector(accessTokens))
                        .authenticationEntryPoint(entryPoint)
                        .accessDeniedHandler(accessDenied))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                // Bearer tokens, never cookies, authenticate API calls, so there is no CSRF to defend.
                .csrf(csrf -> csrf.disable())
                .requestCache(cache -> cache.disable())
                .exceptionHandling(ex -> ex.authenticationEntryPoint(entryPoint).accessDeniedHandler(accessDenied));
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain browserChain(HttpSecurity http, AuthenticationProvider passwordAuthentication,
            SignedInSessions sessions) throws Exception {
        http.authorizeHttpRequests(auth -> auth
                        .requestMatchers("/staff/accounts", "/staff/accounts/**").hasRole(Roles.ADMIN)
                        .requestMatchers("/staff/*/*/withdraw", "/staff/*/*/restore").hasRole(Roles.ADMIN)
                        .requestMatchers("/staff", "/staff/**").hasAnyRole(Roles.EDITOR, Roles.ADMIN)
                        .anyRequest().permitAll())
                .authenticationManager(new ProviderManager(passwordAuthentication))
                .headers(SecurityConfig::pageHeaders)
                .formLogin(form -> form
                        .loginPage("/login")
                        .defaultSuccessUrl("/staff")
                        .failureHandler(SecurityConfig::signInFailed)
                        .permitAll())
                // The session id changes at sign-in (Spring's default, stated here because it matters).
                .sessionManagement(session -> session.sessionFixation(fixation -> fixation.changeSessionId()))
                // Spring Security accepts only POST /logout while CSRF protection is on. Signing out ends every
                // session of the user (other browsers, other instances), not only this one.
                .logout(logout -> logout
                        .addLogoutHandler((request, response, authentication) -> {
                            if (authentication != null) {
                                SecurityEvents.record("sign-out", "user", authentication.getName(),
                                        "sessions_ended", sessions.endAllOf(authentication.getName()));
                            }
                        })
                        .logoutSuccessUrl("/login?outcome=signed-out").permitAll());
        return http.build();
    }

    private static void pageHeaders(HeadersConfigurer<HttpSecurity> headers) {
        headers.contentSecurityPolicy(csp -> csp.policyDirectives(
                        "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self';"
                                + " object-src 'none'; frame-ancestors 'none'; base-uri 'self'; form-action 'self'"))
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN));
    }

    /** The same answer for a wrong password, an unknown or deactivated account; a distinct one when throttled. */
    private static void signInFailed(HttpServletRequest request, HttpServletResponse response,
            AuthenticationException ex) throws IOException {
        String outcome = ex instanceof TooManyFailedSignInsException ? "throttled" : "failed";
        response.sendRedirect(request.getContextPath() + "/login?outcome=" + outcome);
    }
}
