package org.citydiplomacy.portal.platform.security;

import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;

/**
 * The write services check roles themselves ({@code @PreAuthorize}), so that a staff form and the
 * API are held to the same rule whatever their URLs.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class MethodSecurityConfig {
}
