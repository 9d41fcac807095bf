package org.citydiplomacy.portal.accounts;

import org.citydiplomacy.portal.platform.security.Roles;

/** What a staff account may do: editors keep the records, admins also manage accounts and withdraw. */
public enum StaffRole {
    EDITOR(Roles.EDITOR_AUTHORITY),
    ADMIN(Roles.ADMIN_AUTHORITY);

    private final String authority;

    StaffRole(String authority) {
        this.authority = authority;
    }

    /** The Spring Security authority ({@code ROLE_EDITOR}, {@code ROLE_ADMIN}). */
    public String authority() {
        return authority;
    }
}
