package org.citydiplomacy.portal.accounts;

import java.time.Instant;
import java.util.Optional;
import java.util.function.Predicate;

import org.citydiplomacy.portal.platform.security.SecurityEvents;
import org.citydiplomacy.portal.platform.security.TooManyFailedSignInsException;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Username and password sign-in (the form and HTTP Basic alike) behind the throttle: an attempt made
 * before its pair's or address's wait is over is refused before its password is even checked (and
 * makes the wait longer), and every failure is counted, whether or not the account exists.
 */
class ThrottledPasswordAuthentication implements AuthenticationProvider {

    private final AuthenticationProvider passwords;
    private final SignInThrottle throttle;
    private final Predicate<String> accountExists;

    /** @param accountExists whether a username names an account (the event log names only those) */
    ThrottledPasswordAuthentication(AuthenticationProvider passwords, SignInThrottle throttle,
            Predicate<String> accountExists) {
        this.passwords = passwords;
        this.throttle = throttle;
        this.accountExists = accountExists;
    }

    @Override
    public Authentication authenticate(Authentication attempt) throws AuthenticationException {
        String username = attempt.getName();
        String address = address(attempt);
        Optional<Instant> waiting = throttle.waitUntil(username, address);
        if (waiting.isPresent()) {
            Instant until = throttle.failed(username, address).orElse(waiting.get());
            SecurityEvents.record("sign-in.throttled", "user", named(username), "address", address,
                    "wait_until", until);
            throw new TooManyFailedSignInsException(until);
        }
        try {
            Authentication result = passwords.authenticate(attempt);
            throttle.succeeded(username, address);
            SecurityEvents.record("sign-in.success", "user", result.getName(), "address", address);
            return result;
        }
        catch (AuthenticationException ex) {
            Optional<Instant> wait = throttle.failed(username, address);
            SecurityEvents.record("sign-in.failure", "user", named(username), "address", address,
                    "reason", ex.getClass().getSimpleName(), "wait_until", wait.map(Instant::toString).orElse("none"));
            throw ex;
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }

    /**
     * The username if it names an account; otherwise only that it did not. What people type into the
     * username field is sometimes their password: it is never written down.
     */
    private String named(String username) {
        String name = Usernames.normalise(username);
        return name != null && accountExists.test(name) ? name : "(no such account)";
    }

    private static String address(Authentication attempt) {
        // The form and Basic filters both attach the client's address (after forwarded headers).
        return attempt.getDetails() instanceof WebAuthenticationDetails details && details.getRemoteAddress() != null
                ? details.getRemoteAddress()
                : "unknown";
    }
}
