package org.citydiplomacy.portal.platform.security;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The name every change is attributed to: the signed-in staff member, or {@code "system"} for work
 * done without one (start-up tasks, migrations run by the application).
 */
public final class CurrentUser {

    public static final String SYSTEM = "system";

    private CurrentUser() {
    }

    public static String name() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !authentication.isAuthenticated()
                || authentication instanceof AnonymousAuthenticationToken) {
            return SYSTEM;
        }
        return authentication.getName();
    }

    public static boolean isAdmin() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.getAuthorities().stream()
                .anyMatch(a -> Roles.ADMIN_AUTHORITY.equals(a.getAuthority()));
    }

    /**
     * A withdrawn record is kept as it was; only an administrator may change (and so restore) it.
     * @param record what it is, for the message: "agreement", "meeting", "partner"
     */
    public static void requireAdminToChange(boolean withdrawn, String record) {
        if (withdrawn && !isAdmin()) {
            throw new org.springframework.security.access.AccessDeniedException(
                    "Only an administrator may change a withdrawn " + record);
        }
    }
}
