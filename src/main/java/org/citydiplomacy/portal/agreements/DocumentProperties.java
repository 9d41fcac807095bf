package org.citydiplomacy.portal.agreements;

import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * Limits of signed documents ({@code portal.documents.*}). The form states {@link #maxSize()}; the
 * servlet's multipart limits (spring.servlet.multipart.*) must stay a little above it, so that a
 * file just over the limit is refused with this message rather than by the container.
 */
@Validated
@ConfigurationProperties("portal.documents")
public record DocumentProperties(@NotNull @DefaultValue("10MB") DataSize maxSize) {
}
