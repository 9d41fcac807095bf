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
 * Refuses sign-ins for a while after repeated failures, per username and per client address. Unknown
 * usernames are counted exactly like known ones, so the answer never tells whether an account exists.
 */
@Component
class SignInThrottle {

    private final SignInFailures failures;
    private final SignInThrottleProperties limits;

    SignInThrottle(SignInFailures failures, SignInThrottleProperties limits) {
        this.failures = failures;
        this.limits = limits;
    }

    @Transactional(readOnly = true)
    Optional<Instant> lockedUntil(String username, String address) {
        return failures.lockedUntil(subject(Usernames.normalise(username)), subject(address));
    }

    // Own transactions: a failure must be counted even though the sign-in that failed rolls back.
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void failed(String username, String address) {
        failures.record(subject(Usernames.normalise(username)), subject(address), limits.accountLimit(),
                limits.addressLimit(), limits.window(), limits.lockout());
        failures.purgeStale();
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void succeeded(String username) {
        failures.clearAccount(subject(Usernames.normalise(username)));
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
