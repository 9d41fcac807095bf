package org.citydiplomacy.portal.accounts;

import java.time.Duration;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Growing waits after failed sign-ins ({@code portal.sign-in.*}), never a lock-out. One username from
 * one address may fail {@code freeFailures} times; one address may fail {@code addressLimit} times
 * (higher: an office shares one address, and an attacker tries many names). Past either, the next
 * attempt from there must wait {@code firstDelay}, and each further failure or early attempt doubles
 * the wait, up to {@code maxDelay}. Counters start again after {@code window} without a failure.
 */
@Validated
@ConfigurationProperties("portal.sign-in")
public record SignInThrottleProperties(@Min(0) @DefaultValue("3") int freeFailures,
        @Min(0) @DefaultValue("20") int addressLimit,
        @NotNull @DefaultValue("1s") Duration firstDelay,
        @NotNull @DefaultValue("15m") Duration maxDelay,
        @NotNull @DefaultValue("15m") Duration window) {
}
