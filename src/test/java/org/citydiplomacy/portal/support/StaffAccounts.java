package org.citydiplomacy.portal.support;

import java.util.UUID;

import org.citydiplomacy.portal.accounts.AccountService;
import org.citydiplomacy.portal.accounts.NewAccount;
import org.citydiplomacy.portal.accounts.StaffRole;

/** Creates real staff accounts (hashed passwords in the test database) with names unique to the test. */
public final class StaffAccounts {

    public static final String PASSWORD = "correct horse battery staple";

    private StaffAccounts() {
    }

    public static String create(AccountService accounts, StaffRole role) {
        String username = role.name().toLowerCase() + "-" + UUID.randomUUID().toString().substring(0, 8);
        accounts.create(new NewAccount(username, "Test " + username, role, PASSWORD), "test");
        return username;
    }

    /** A client address no other test uses, so that address throttling never spills between tests. */
    public static String uniqueAddress() {
        UUID id = UUID.randomUUID();
        return "10." + (id.hashCode() >>> 24 & 0xff) + "." + (id.hashCode() >>> 16 & 0xff) + "."
                + (id.hashCode() >>> 8 & 0xff);
    }
}
