package org.citydiplomacy.portal.platform.security;

/** The staff roles, in one place. Anonymous visitors have none. */
public final class Roles {

    public static final String EDITOR = "EDITOR";
    public static final String ADMIN = "ADMIN";
    public static final String EDITOR_AUTHORITY = "ROLE_" + EDITOR;
    public static final String ADMIN_AUTHORITY = "ROLE_" + ADMIN;

    private Roles() {
    }
}
