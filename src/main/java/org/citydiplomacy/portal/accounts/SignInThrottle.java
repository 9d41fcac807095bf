package org.citydiplomacy.portal.accounts;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;

import org.citydiplomacy.portal.accounts.domain.SignInFailures;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Makes repeated failed sign-ins wait, per (username, address) pair and per client address, never
 * locking an account: a stranger failing from one address does not hold up the owner's right password
 * from another. Unknown usernames are counted exactly like known ones, so the answer never tells
 * whether an account exists.
 */
@Component
class SignInThrottle {

    private final SignInFailures failures;
    private final SignInThrottleProperties limits;

    SignInThrottle(SignInFailures failures, SignInThrottleProperties limits) {
        this.failures = failures;
        this.limits = limits;
    }

    /** Until when an attempt of this username from this address must wait before it is checked, if it must. */
    @Transactional(readOnly = true)
    Optional<Instant> waitUntil(String username, String address) {
        return failures.waitUntil(pair(username, address), subject(address));
    }

    /**
     * Counts a failure, or an attempt made before its wait was over (so hammering makes the wait
     * longer). Own transaction: it must be counted although the sign-in that failed rolls back.
     * @return until when the next attempt must wait, if it must
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    Optional<Instant> failed(String username, String address) {
        Optional<Instant> wait = failures.record(pair(username, address), subject(address), limits.freeFailures(),
                limits.addressLimit(), limits.window(), limits.firstDelay(), limits.maxDelay());
        failures.purgeStale();
        return wait;
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void succeeded(String username, String address) {
        failures.clearPair(pair(username, address));
    }

    private static String pair(String username, String address) {
        return subject(Usernames.normalise(username) + "\n" + address);
    }

    private static String subject(String value) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(
                    (value == null ? "" : value).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        }
        catch (NoSuchAlgorithmException ex) {
            throw new IllegalStateException("Every Java runtime has SHA-256", ex);
        }
    }
}
