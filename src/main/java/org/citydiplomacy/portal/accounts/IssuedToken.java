package org.citydiplomacy.portal.accounts;

import java.time.Instant;

/** A token just issued: the only moment its value exists outside the caller's hands. */
public record IssuedToken(String token, Instant expiresAt) {
}
