package org.citydiplomacy.portal.accounts;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The first administrator, from the environment only ({@code PORTAL_ADMIN_USERNAME},
 * {@code PORTAL_ADMIN_PASSWORD}, optionally {@code PORTAL_ADMIN_DISPLAY_NAME}). Nothing is created
 * unless both the username and the password are set; there is no default for either.
 */
@ConfigurationProperties("portal.admin")
public record InitialAdminProperties(String username, String password, String displayName) {

    boolean complete() {
        return username != null && !username.isBlank() && password != null && !password.isBlank();
    }

    @Override
    public String toString() {
        return "InitialAdminProperties[username=" + username + ", password=" + (password == null ? null : "******") + "]";
    }
}
