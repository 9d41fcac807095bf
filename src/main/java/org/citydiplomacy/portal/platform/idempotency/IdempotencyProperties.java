package org.citydiplomacy.portal.platform.idempotency;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Idempotency keys ({@code portal.idempotency.*}): {@code wait-for-first}, how long a retry waits for the first request
 * with its key to be answered before it answers 409 instead.
 */
@ConfigurationProperties("portal.idempotency")
record IdempotencyProperties(@DefaultValue("10s") Duration waitForFirst) {
}
