package org.citydiplomacy.portal.accounts;

import java.time.Duration;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * When failed sign-ins lock out: {@code accountLimit} failures for one username, or
 * {@code addressLimit} for one client address (higher: an office shares one address), within
 * {@code window}, refuse further attempts for {@code lockout}.
 */
@Validated
@ConfigurationProperties("portal.sign-in")
public record SignInThrottleProperties(@Min(1) @DefaultValue("5") int accountLimit,
        @Min(1) @DefaultValue("20") int addressLimit,
        @NotNull @DefaultValue("15m") Duration window,
        @NotNull @DefaultValue("15m") Duration lockout) {
}
