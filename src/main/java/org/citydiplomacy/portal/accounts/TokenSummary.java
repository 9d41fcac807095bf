package org.citydiplomacy.portal.accounts;

import java.time.Instant;

/** A personal access token as its owner and admins see it: never the token itself, which nobody keeps. */
public record TokenSummary(long id, String owner, String name, Instant createdAt, Instant expiresAt,
        Instant lastUsedAt, Instant revokedAt, String revokedBy) {

    /** Still usable: neither revoked nor expired at {@code now}. */
    public boolean usableAt(Instant now) {
        return revokedAt == null && expiresAt.isAfter(now);
    }
}
