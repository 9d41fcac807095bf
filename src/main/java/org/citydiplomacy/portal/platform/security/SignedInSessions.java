package org.citydiplomacy.portal.platform.security;

import java.util.Map;

import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Component;

/**
 * The staff sessions, kept in PostgreSQL (Spring Session JDBC, tables of migration V70) so that every
 * instance sees the same ones. A user's sessions are found by the principal-name index, so that a
 * sign-out, a deactivation or a password reset ends all of them, on every instance, at once.
 */
@Component
public class SignedInSessions {

    private final FindByIndexNameSessionRepository<? extends Session> sessions;

    SignedInSessions(FindByIndexNameSessionRepository<? extends Session> sessions) {
        this.sessions = sessions;
    }

    /**
     * Ends every session of {@code username} (in the caller's transaction, when there is one).
     * @return how many were ended
     */
    public int endAllOf(String username) {
        Map<String, ? extends Session> found = sessions.findByPrincipalName(username);
        found.keySet().forEach(sessions::deleteById);
        return found.size();
    }
}
