package org.citydiplomacy.portal.calendars;

import java.time.Period;

import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * {@code portal.calendars.dormant-after} (default {@code 5y}): a partner with no agreement or meeting
 * recorded for this long is listed as dormant. {@code .look-ahead} (default {@code 12m}): how far ahead
 * the workspace and the personal calendars look.
 */
@Validated
@ConfigurationProperties("portal.calendars")
public record CalendarProperties(@NotNull @DefaultValue("5y") Period dormantAfter,
        @NotNull @DefaultValue("12m") Period lookAhead) {
}
