package org.citydiplomacy.portal.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.postgresql.PostgreSQLContainer;

/**
 * Gives every test run a PostgreSQL database of its own and points Spring at it through system
 * properties. Where a Docker engine answers, that is a Testcontainers container; otherwise a new,
 * uniquely named database on the local server ({@code PORTAL_TEST_DATABASE_URL}, default
 * {@code jdbc:postgresql://localhost:5432/postgres}, user {@code PORTAL_TEST_DATABASE_USERNAME},
 * default {@code postgres}), dropped when the run ends. Tests never touch the development database.
 * If neither is reachable the run fails: a skipped suite proves nothing.
 */
public class TestDatabase implements LauncherSessionListener {

    private static final String PREFIX = "portal_test_";
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMddHHmmss");

    private PostgreSQLContainer container;
    private String adminUrl;
    private String username;
    private String password;
    private String database;

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        if (System.getProperty("spring.datasource.url") != null) {
            return;
        }
        if (dockerAvailable()) {
            container = new PostgreSQLContainer("postgres:15-alpine");
            container.start();
            point(container.getJdbcUrl(), container.getUsername(), container.getPassword());
            return;
        }
        adminUrl = env("PORTAL_TEST_DATABASE_URL", "jdbc:postgresql://localhost:5432/postgres");
        username = env("PORTAL_TEST_DATABASE_USERNAME", "postgres");
        password = env("PORTAL_TEST_DATABASE_PASSWORD", "");
        database = PREFIX + LocalDateTime.now().format(STAMP) + "_" + Integer.toHexString(ThreadLocalRandom.current().nextInt(1 << 24));
        try (Connection admin = DriverManager.getConnection(adminUrl, username, password);
                Statement statement = admin.createStatement()) {
            dropStaleDatabases(statement);
            statement.execute("CREATE DATABASE " + database);
        }
        catch (SQLException ex) {
            throw new IllegalStateException("The tests need PostgreSQL: no Docker engine answered and " + adminUrl
                    + " (user " + username + ") refused: " + ex.getMessage()
                    + ". Start PostgreSQL or set PORTAL_TEST_DATABASE_URL.", ex);
        }
        point(withDatabase(adminUrl, database), username, password);
    }

    @Override
    public void launcherSessionClosed(LauncherSession session) {
        if (container != null) {
            container.stop();
        }
        if (database != null) {
            try (Connection admin = DriverManager.getConnection(adminUrl, username, password);
                    Statement statement = admin.createStatement()) {
                statement.execute("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
            }
            catch (SQLException ex) {
                System.err.println("Could not drop test database " + database + ": " + ex.getMessage());
            }
        }
    }

    /** Databases left by runs that were killed before they could clean up, older than a day. */
    private static void dropStaleDatabases(Statement statement) throws SQLException {
        String cutoff = LocalDateTime.now().minusDays(1).format(STAMP);
        List<String> stale = new ArrayList<>();
        try (ResultSet rs = statement.executeQuery(
                "SELECT datname FROM pg_database WHERE datname ~ '^" + PREFIX + "[0-9]{14}_[0-9a-f]+$'")) {
            while (rs.next()) {
                String name = rs.getString(1);
                if (name.substring(PREFIX.length(), PREFIX.length() + 14).compareTo(cutoff) < 0) {
                    stale.add(name);
                }
            }
        }
        for (String name : stale) {
            statement.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
        }
    }

    private static boolean dockerAvailable() {
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        }
        catch (RuntimeException | LinkageError ex) {
            return false;
        }
    }

    private static void point(String url, String user, String pass) {
        System.setProperty("spring.datasource.url", url);
        System.setProperty("spring.datasource.username", user);
        System.setProperty("spring.datasource.password", pass);
    }

    private static String withDatabase(String url, String name) {
        int slash = url.indexOf('/', "jdbc:postgresql://".length());
        int query = url.indexOf('?', slash);
        return url.substring(0, slash + 1) + name + (query < 0 ? "" : url.substring(query));
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
