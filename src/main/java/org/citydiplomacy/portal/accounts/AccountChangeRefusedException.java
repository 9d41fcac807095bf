package org.citydiplomacy.portal.accounts;

/** A change to accounts that the rules forbid; {@link #messageCode()} explains it in the user's language. */
public class AccountChangeRefusedException extends RuntimeException {

    private final String field;
    private final String messageCode;

    private AccountChangeRefusedException(String field, String messageCode) {
        super(messageCode);
        this.field = field;
        this.messageCode = messageCode;
    }

    public static AccountChangeRefusedException usernameTaken() {
        return new AccountChangeRefusedException("username", "staff.accounts.username.taken");
    }

    /** An admin cannot lock themselves out: someone else must deactivate them. */
    public static AccountChangeRefusedException ownAccount() {
        return new AccountChangeRefusedException(null, "staff.accounts.own");
    }

    /** Nobody changes their own role: an admin who demoted themselves could not undo it. */
    public static AccountChangeRefusedException ownRole() {
        return new AccountChangeRefusedException("role", "staff.accounts.role.own");
    }

    /** The last active administrator stays one: without one, nobody could manage accounts. */
    public static AccountChangeRefusedException lastAdmin() {
        return new AccountChangeRefusedException("role", "staff.accounts.role.lastAdmin");
    }

    /** The form field at fault, or null for the whole form. */
    public String field() {
        return field;
    }

    public String messageCode() {
        return messageCode;
    }
}
