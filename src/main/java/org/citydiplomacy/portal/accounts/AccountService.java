package org.citydiplomacy.portal.accounts;

import java.util.List;

import org.citydiplomacy.portal.accounts.domain.Accounts;
import org.citydiplomacy.portal.platform.security.SecurityEvents;
import org.citydiplomacy.portal.platform.security.SignedInSessions;
import org.citydiplomacy.portal.shared.RecordNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Creates, deactivates, reactivates and resets staff accounts; every change names who made it. */
@Service
@Transactional
public class AccountService {

    private final Accounts accounts;
    private final PasswordEncoder passwords;
    private final SignedInSessions sessions;

    AccountService(Accounts accounts, PasswordEncoder passwords, SignedInSessions sessions) {
        this.accounts = accounts;
        this.passwords = passwords;
        this.sessions = sessions;
    }

    @Transactional(readOnly = true)
    public List<AccountSummary> list() {
        return accounts.all();
    }

    /** @throws RecordNotFoundException if there is no such account */
    @Transactional(readOnly = true)
    public AccountSummary find(String username) {
        return accounts.find(Usernames.normalise(username)).orElseThrow(() -> RecordNotFoundException.account(username));
    }

    /** Whether the account exists and may sign in. */
    @Transactional(readOnly = true)
    public boolean isActive(String username) {
        return accounts.isActive(Usernames.normalise(username));
    }

    /** @throws AccountChangeRefusedException if the username is taken */
    public AccountSummary create(NewAccount account, String actor) {
        String username = Usernames.normalise(account.username());
        if (!accounts.insert(username, account.displayName().strip(), passwords.encode(account.password()),
                account.role(), actor)) {
            throw AccountChangeRefusedException.usernameTaken();
        }
        SecurityEvents.record("account.created", "account", username, "role", account.role(), "by", actor);
        return find(username);
    }

    /** Creates the account only if it does not exist yet; @return whether it was created. */
    public boolean createIfAbsent(NewAccount account, String actor) {
        String username = Usernames.normalise(account.username());
        boolean created = accounts.insert(username, account.displayName().strip(),
                passwords.encode(account.password()), account.role(), actor);
        if (created) {
            SecurityEvents.record("account.created", "account", username, "role", account.role(), "by", actor);
        }
        return created;
    }

    /**
     * A deactivated account can neither sign in nor use its tokens; it and its history stay. Its sessions
     * end on every instance, in the same transaction.
     * @throws AccountChangeRefusedException if an admin tries to deactivate their own account
     */
    public void deactivate(String username, String actor) {
        String name = Usernames.normalise(username);
        if (name.equals(Usernames.normalise(actor))) {
            throw AccountChangeRefusedException.ownAccount();
        }
        if (!accounts.setActive(name, false, actor)) {
            throw RecordNotFoundException.account(username);
        }
        SecurityEvents.record("account.deactivated", "account", name, "by", actor, "sessions_ended", sessions.endAllOf(name));
    }

    public void reactivate(String username, String actor) {
        if (!accounts.setActive(Usernames.normalise(username), true, actor)) {
            throw RecordNotFoundException.account(username);
        }
        SecurityEvents.record("account.reactivated", "account", Usernames.normalise(username), "by", actor);
    }

    /**
     * Changes an account's role, recorded with who changed it; the account's sessions end everywhere,
     * so that the new role applies at once (a demoted admin keeps no admin session).
     * @throws AccountChangeRefusedException for one's own account, or to demote the last active admin
     */
    public void changeRole(String username, StaffRole role, String actor) {
        String name = Usernames.normalise(username);
        if (name.equals(Usernames.normalise(actor))) {
            throw AccountChangeRefusedException.ownRole();
        }
        List<String> admins = accounts.lockActiveAdmins();
        AccountSummary account = accounts.find(name).orElseThrow(() -> RecordNotFoundException.account(username));
        if (account.role() == role) {
            return;
        }
        if (account.role() == StaffRole.ADMIN && admins.equals(List.of(name))) {
            throw AccountChangeRefusedException.lastAdmin();
        }
        accounts.setRole(name, account.role(), role, actor);
        SecurityEvents.record("account.role-changed", "account", name, "from", account.role(), "to", role, "by", actor,
                "sessions_ended", sessions.endAllOf(name));
    }

    @Transactional(readOnly = true)
    public List<RoleChange> roleChanges(String username) {
        return accounts.roleChanges(Usernames.normalise(username));
    }

    /** A new password ends the account's sessions everywhere: whoever knew the old one is signed out. */
    public void resetPassword(String username, String newPassword, String actor) {
        String name = Usernames.normalise(username);
        if (!accounts.setPasswordHash(name, passwords.encode(newPassword), actor)) {
            throw RecordNotFoundException.account(username);
        }
        SecurityEvents.record("account.password-reset", "account", name, "by", actor, "sessions_ended", sessions.endAllOf(name));
    }
}
