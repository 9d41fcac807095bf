package org.citydiplomacy.portal.platform.database;

import java.io.IOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.util.ClassUtils;

/**
 * Lets {@code ./mvnw spring-boot:run} start with no other step. An explicit
 * {@code spring.datasource.url} (e.g. {@code SPRING_DATASOURCE_URL}) always wins, and Compose
 * support is then switched off (unless set explicitly). Otherwise, where a
 * Docker engine answers, Spring Boot's Docker Compose support starts {@code docker-compose.yml}. Where
 * none answers (a {@code docker} client without an engine is common), Compose support is switched
 * off and the portal uses PostgreSQL on localhost, creating its database if it is missing.
 */
class LocalDatabaseEnvironmentPostProcessor implements EnvironmentPostProcessor, Ordered {

    static final String DEFAULT_URL = "jdbc:postgresql://localhost:5432/citydiplomacy";
    static final String DEFAULT_USERNAME = "postgres";
    static final String PROPERTY_SOURCE = "portalLocalDatabase";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (environment.containsProperty("spring.datasource.url")) {
            // The given database wins. Compose support would otherwise start its own PostgreSQL and
            // connect to that instead, or, with a docker client but no engine, stop the start-up.
            environment.getPropertySources().addLast(new MapPropertySource(PROPERTY_SOURCE,
                    Map.of("spring.docker.compose.enabled", "false")));
            return;
        }
        boolean composeSupport = ClassUtils.isPresent(
                "org.springframework.boot.docker.compose.lifecycle.DockerComposeListener", getClass().getClassLoader())
                && environment.getProperty("spring.docker.compose.enabled", Boolean.class, true);
        if (composeSupport && dockerEngineAnswers()) {
            return;
        }
        String url = environment.getProperty("portal.database.url", DEFAULT_URL);
        String username = environment.getProperty("portal.database.username", DEFAULT_USERNAME);
        String password = environment.getProperty("portal.database.password", "");
        createDatabaseIfMissing(url, username, password);

        Map<String, Object> properties = new HashMap<>();
        properties.put("spring.docker.compose.enabled", "false");
        properties.put("spring.datasource.url", url);
        properties.put("spring.datasource.username", username);
        properties.put("spring.datasource.password", password);
        environment.getPropertySources().addLast(new MapPropertySource(PROPERTY_SOURCE, properties));
    }

    private static boolean dockerEngineAnswers() {
        try {
            Process process = new ProcessBuilder("docker", "info", "--format", "{{.ServerVersion}}")
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .start();
            if (!process.waitFor(5, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                return false;
            }
            return process.exitValue() == 0;
        }
        catch (IOException ex) {
            return false;
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    static void createDatabaseIfMissing(String url, String username, String password) {
        PostgresUrl target = PostgresUrl.parse(url);
        try (Connection admin = DriverManager.getConnection(target.withDatabase("postgres"), username, password)) {
            try (PreparedStatement exists = admin.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
                exists.setString(1, target.database());
                try (ResultSet rs = exists.executeQuery()) {
                    if (rs.next()) {
                        return;
                    }
                }
            }
            try (Statement create = admin.createStatement()) {
                create.execute("CREATE DATABASE " + quoteIdentifier(target.database()));
            }
        }
        catch (SQLException ex) {
            throw new DatabaseUnavailableException(url, username, ex);
        }
    }

    static String quoteIdentifier(String name) {
        return '"' + name.replace("\"", "\"\"") + '"';
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }

    /** The parts of a {@code jdbc:postgresql://host:port/database?params} URL that matter here. */
    record PostgresUrl(String prefix, String database, String params) {

        static PostgresUrl parse(String url) {
            int slash = url.indexOf('/', "jdbc:postgresql://".length());
            if (!url.startsWith("jdbc:postgresql://") || slash < 0) {
                throw new IllegalArgumentException("Not a PostgreSQL JDBC URL: " + url);
            }
            int query = url.indexOf('?', slash);
            String database = query < 0 ? url.substring(slash + 1) : url.substring(slash + 1, query);
            return new PostgresUrl(url.substring(0, slash + 1), database, query < 0 ? "" : url.substring(query));
        }

        String withDatabase(String other) {
            return prefix + other + params;
        }
    }
}
