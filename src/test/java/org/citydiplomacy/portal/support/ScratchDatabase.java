package org.citydiplomacy.portal.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.ThreadLocalRandom;

/**
 * An empty database beside the test run's own, on the same server, dropped on close: for tests that
 * need a database nobody has migrated yet, or one to restore into.
 */
public final class ScratchDatabase implements AutoCloseable {

    private final String name;

    private ScratchDatabase(String name) {
        this.name = name;
    }

    public static ScratchDatabase create(String purpose) {
        String name = "portal_test_" + purpose + "_" + Integer.toHexString(ThreadLocalRandom.current().nextInt(1 << 24));
        admin("CREATE DATABASE " + name);
        return new ScratchDatabase(name);
    }

    public String name() {
        return name;
    }

    public String url() {
        return withDatabase(System.getProperty("spring.datasource.url"), name);
    }

    public static String username() {
        return System.getProperty("spring.datasource.username");
    }

    public static String password() {
        return System.getProperty("spring.datasource.password", "");
    }

    /** The test run's own database's name. */
    public static String testDatabaseName() {
        String url = System.getProperty("spring.datasource.url");
        int slash = url.indexOf('/', "jdbc:postgresql://".length());
        int query = url.indexOf('?', slash);
        return url.substring(slash + 1, query < 0 ? url.length() : query);
    }

    /** Host and port of the test server, e.g. {@code localhost:5432}. */
    public static String hostAndPort() {
        String url = System.getProperty("spring.datasource.url");
        return url.substring("jdbc:postgresql://".length(), url.indexOf('/', "jdbc:postgresql://".length()));
    }

    @Override
    public void close() {
        admin("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
    }

    private static void admin(String sql) {
        try (Connection admin = DriverManager.getConnection(withDatabase(System.getProperty("spring.datasource.url"), "postgres"),
                username(), password()); Statement statement = admin.createStatement()) {
            statement.execute(sql);
        }
        catch (SQLException ex) {
            throw new IllegalStateException(sql + ": " + ex.getMessage(), ex);
        }
    }

    private static String withDatabase(String url, String database) {
        int slash = url.indexOf('/', "jdbc:postgresql://".length());
        int query = url.indexOf('?', slash);
        return url.substring(0, slash + 1) + database + (query < 0 ? "" : url.substring(query));
    }
}
