package org.citydiplomacy.portal.accounts;

import java.time.Instant;

/** A staff account as the workspace shows it; never its password hash. */
public record AccountSummary(long id, String username, String displayName, StaffRole role, boolean active,
        Instant createdAt, String createdBy, Instant updatedAt, String updatedBy) {
}
