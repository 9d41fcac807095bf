package org.citydiplomacy.portal.accounts;

import java.util.Locale;

/** Usernames are compared lower-cased and without surrounding spaces, as the database stores them. */
public final class Usernames {

    public static final String PATTERN = "^\\s*[A-Za-z0-9][A-Za-z0-9._-]{1,63}\\s*$";

    private Usernames() {
    }

    public static String normalise(String username) {
        return username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
    }
}
