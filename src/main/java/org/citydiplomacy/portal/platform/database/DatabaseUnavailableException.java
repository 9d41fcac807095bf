package org.citydiplomacy.portal.platform.database;

/** No PostgreSQL answered where the portal looked for one at start-up. */
class DatabaseUnavailableException extends RuntimeException {

    private final String url;
    private final String username;

    DatabaseUnavailableException(String url, String username, Throwable cause) {
        super("Cannot reach PostgreSQL at " + url + " as " + username + ": " + cause.getMessage(), cause);
        this.url = url;
        this.username = username;
    }

    String url() {
        return url;
    }

    String username() {
        return username;
    }
}
