package org.citydiplomacy.portal.accounts;

/** Length rules for staff passwords (NIST SP 800-63B: length over composition rules). */
public final class Passwords {

    public static final int MIN_LENGTH = 12;
    // bcrypt reads 72 bytes at most; a longer limit would silently ignore the rest.
    public static final int MAX_LENGTH = 72;

    private Passwords() {
    }
}
