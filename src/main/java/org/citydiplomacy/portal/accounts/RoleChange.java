package org.citydiplomacy.portal.accounts;

import java.time.Instant;

/** One change of an account's role: from what to what, when and by whom. */
public record RoleChange(StaffRole from, StaffRole to, Instant at, String by) {
}
