package org.citydiplomacy.portal.accounts;

import java.time.Instant;
import java.util.Optional;

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

    ThrottledPasswordAuthentication(AuthenticationProvider passwords, SignInThrottle throttle) {
        this.passwords = passwords;
        this.throttle = throttle;
    }

    @Override
    public Authentication authenticate(Authentication attempt) throws AuthenticationException {
        String username = attempt.getName();
        String address = address(attempt);
        Optional<Instant> waiting = throttle.waitUntil(username, address);
        if (waiting.isPresent()) {
            throw new TooManyFailedSignInsException(throttle.failed(username, address).orElse(waiting.get()));
        }
        try {
            Authentication result = passwords.authenticate(attempt);
            throttle.succeeded(username, address);
            return result;
        }
        catch (AuthenticationException ex) {
            throttle.failed(username, address);
            throw ex;
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }

    private static String address(Authentication attempt) {
        // The form and Basic filters both attach the client's address (after forwarded headers).
        return attempt.getDetails() instanceof WebAuthenticationDetails details && details.getRemoteAddress() != null
                ? details.getRemoteAddress()
                : "unknown";
    }
}
