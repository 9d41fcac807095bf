package org.citydiplomacy.portal.accounts;

import org.citydiplomacy.portal.accounts.domain.Accounts;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsPasswordService;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.transaction.annotation.Transactional;

/**
 * Staff accounts for Spring Security. A deactivated account is disabled; a password stored with an
 * older hashing scheme is re-hashed with the current default at its next sign-in.
 */
class StaffUserDetailsService implements UserDetailsService, UserDetailsPasswordService {

    private final Accounts accounts;

    StaffUserDetailsService(Accounts accounts) {
        this.accounts = accounts;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        return accounts.credentials(Usernames.normalise(username))
                .map(c -> User.withUsername(c.username())
                        .password(c.passwordHash())
                        .authorities(c.role().authority())
                        .disabled(!c.active())
                        .build())
                .orElseThrow(() -> new UsernameNotFoundException("No such account"));
    }

    @Override
    @Transactional
    public UserDetails updatePassword(UserDetails user, String newPassword) {
        accounts.setPasswordHash(user.getUsername(), newPassword, user.getUsername());
        return User.withUserDetails(user).password(newPassword).build();
    }
}
