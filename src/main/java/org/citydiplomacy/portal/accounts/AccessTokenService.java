package org.citydiplomacy.portal.accounts;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

import org.citydiplomacy.portal.accounts.domain.AccessTokens;
import org.citydiplomacy.portal.platform.security.SecurityEvents;
import org.citydiplomacy.portal.shared.RecordNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Issues, checks and revokes personal access tokens. A token is 32 random bytes, URL-safe Base64, with
 * a recognisable prefix (so that secret scanners and people can tell what leaked); only its SHA-256 is
 * stored.
 */
@Service
@Transactional
public class AccessTokenService {

    public static final String PREFIX = "cdp_";
    private static final int RANDOM_BYTES = 32;

    private final AccessTokens tokens;
    private final TokenProperties properties;
    private final SecureRandom random = new SecureRandom();
    private final Clock clock = Clock.systemUTC();

    AccessTokenService(AccessTokens tokens, TokenProperties properties) {
        this.tokens = tokens;
        this.properties = properties;
    }

    /**
     * @param lifetime how long the token should live, or null for the configured lifetime; never
     *        longer than the configured maximum
     * @throws RecordNotFoundException if the account does not exist or is inactive
     */
    public IssuedToken issue(String username, String name, Duration lifetime) {
        Duration effective = lifetime == null ? properties.lifetime()
                : lifetime.compareTo(properties.maxLifetime()) > 0 ? properties.maxLifetime() : lifetime;
        byte[] bytes = new byte[RANDOM_BYTES];
        random.nextBytes(bytes);
        String token = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        Instant expiresAt = clock.instant().plus(effective);
        Instant stored = tokens.insert(Usernames.normalise(username), name == null || name.isBlank() ? "API" : name.strip(),
                hash(token), expiresAt).orElseThrow(() -> RecordNotFoundException.account(username));
        SecurityEvents.record("token.issued", "user", Usernames.normalise(username), "expires", stored);
        return new IssuedToken(token, stored);
    }

    /** The owner of a usable token (not expired, not revoked, active account); empty otherwise. */
    public Optional<AccessTokens.Bearer> authenticate(String token) {
        if (token == null || !token.startsWith(PREFIX) || token.length() > 200) {
            SecurityEvents.record("token.refused", "reason", "malformed");
            return Optional.empty();
        }
        Optional<AccessTokens.Bearer> owner = tokens.use(hash(token));
        if (owner.isPresent()) {
            SecurityEvents.record("token.used", "user", owner.get().username(), "token_id", owner.get().tokenId());
        }
        else {
            SecurityEvents.record("token.refused", "reason", "unknown, expired, revoked or inactive account");
        }
        return owner;
    }

    @Transactional(readOnly = true)
    public List<TokenSummary> ofOwner(String username) {
        return tokens.ofOwner(Usernames.normalise(username));
    }

    /** The owner revokes one of their own tokens. @throws RecordNotFoundException for anyone else's */
    public void revokeOwn(long id, String owner) {
        if (!tokens.revoke(id, Usernames.normalise(owner), owner)) {
            throw RecordNotFoundException.token(id);
        }
        SecurityEvents.record("token.revoked", "user", Usernames.normalise(owner), "token_id", id, "by", owner);
    }

    /** An admin revokes a token of any account. @throws RecordNotFoundException if it is not {@code owner}'s */
    public void revokeAny(long id, String owner, String admin) {
        if (!tokens.revoke(id, Usernames.normalise(owner), admin)) {
            throw RecordNotFoundException.token(id);
        }
        SecurityEvents.record("token.revoked", "user", Usernames.normalise(owner), "token_id", id, "by", admin);
    }

    static byte[] hash(String token) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
        }
        catch (NoSuchAlgorithmException ex) {
            throw new IllegalStateException("Every Java runtime has SHA-256", ex);
        }
    }
}
