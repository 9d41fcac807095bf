package org.citydiplomacy.portal.platform.security;

import java.time.Instant;

import org.springframework.security.core.AuthenticationException;

/**
 * A sign-in refused without checking the password, because this username from this address, or the
 * address, failed too often lately and its wait is not over. Says nothing about whether the account exists.
 */
public class TooManyFailedSignInsException extends AuthenticationException {

    private final Instant retryAt;

    public TooManyFailedSignInsException(Instant retryAt) {
        super("Too many failed sign-ins; try again after " + retryAt);
        this.retryAt = retryAt;
    }

    public Instant retryAt() {
        return retryAt;
    }
}
