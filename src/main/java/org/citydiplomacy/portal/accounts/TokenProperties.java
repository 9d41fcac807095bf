package org.citydiplomacy.portal.accounts;

import java.time.Duration;

import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Personal access tokens: how long a new token lives unless its request asks for less
 * ({@code portal.tokens.lifetime}, default 30 days), and the longest a request may ask for.
 */
@Validated
@ConfigurationProperties("portal.tokens")
public record TokenProperties(@NotNull @DefaultValue("30d") Duration lifetime,
        @NotNull @DefaultValue("365d") Duration maxLifetime) {

    public TokenProperties {
        if (lifetime != null && (lifetime.isNegative() || lifetime.isZero())) {
            throw new IllegalArgumentException("portal.tokens.lifetime must be positive");
        }
        if (lifetime != null && maxLifetime != null && maxLifetime.compareTo(lifetime) < 0) {
            throw new IllegalArgumentException("portal.tokens.max-lifetime must not be shorter than the lifetime");
        }
    }
}
