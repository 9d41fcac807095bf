package org.citydiplomacy.portal.platform.security;

import org.citydiplomacy.portal.shared.Audience;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** Tells whether the current reader is staff (sees drafts) or the public. */
@Component
public class ReaderAudience {

    public Audience current() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !authentication.isAuthenticated()) {
            return Audience.PUBLIC;
        }
        boolean staff = authentication.getAuthorities().stream()
                .anyMatch(a -> Roles.EDITOR_AUTHORITY.equals(a.getAuthority()) || Roles.ADMIN_AUTHORITY.equals(a.getAuthority()));
        return staff ? Audience.STAFF : Audience.PUBLIC;
    }
}
