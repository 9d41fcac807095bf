package org.citydiplomacy.portal.accounts;

import org.citydiplomacy.portal.accounts.domain.Accounts;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.server.resource.introspection.OpaqueTokenIntrospector;

/** What the security chains of the platform need from staff accounts. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({ TokenProperties.class, SignInThrottleProperties.class, InitialAdminProperties.class })
class AccountSecurityConfig {

    /** bcrypt today; hashes carry their scheme ("{bcrypt}..."), so the default can move to argon2 later. */
    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    StaffUserDetailsService staffUserDetailsService(Accounts accounts) {
        return new StaffUserDetailsService(accounts);
    }

    /** The one way to sign in with a password, used by the sign-in form and by the token endpoint. */
    @Bean
    AuthenticationProvider passwordAuthentication(StaffUserDetailsService users, PasswordEncoder encoder,
            SignInThrottle throttle, Accounts accounts) {
        DaoAuthenticationProvider passwords = new DaoAuthenticationProvider(users);
        passwords.setPasswordEncoder(encoder);
        passwords.setUserDetailsPasswordService(users);
        return new ThrottledPasswordAuthentication(passwords, throttle, name -> accounts.find(name).isPresent());
    }

    @Bean
    OpaqueTokenIntrospector accessTokenIntrospector(AccessTokenService tokens) {
        return new AccessTokenIntrospector(tokens);
    }
}
