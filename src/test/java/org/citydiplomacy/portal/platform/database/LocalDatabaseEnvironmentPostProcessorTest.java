package org.citydiplomacy.portal.platform.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.citydiplomacy.portal.platform.database.LocalDatabaseEnvironmentPostProcessor.PostgresUrl;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.PropertySource;
import org.springframework.core.env.StandardEnvironment;

/**
 * How {@code ./mvnw spring-boot:run} finds its database. Runs against the PostgreSQL server the
 * test run uses (its address is in {@code spring.datasource.url}, set by the test support), never
 * touching the run's own database: each test creates and drops a database of its own.
 */
class LocalDatabaseEnvironmentPostProcessorTest {

    private final LocalDatabaseEnvironmentPostProcessor postProcessor = new LocalDatabaseEnvironmentPostProcessor();

    @Test
    void leavesAnExplicitDatasourceAlone() {
        // An unresolvable host: had the post-processor tried to connect, it would have failed.
        StandardEnvironment environment = environmentWith(Map.of(
                "spring.datasource.url", "jdbc:postgresql://database.invalid:5432/portal",
                "spring.datasource.username", "portal",
                "spring.datasource.password", "secret"));

        postProcessor.postProcessEnvironment(environment, new SpringApplication());

        assertThat(environment.getProperty("spring.datasource.url")).isEqualTo("jdbc:postgresql://database.invalid:5432/portal");
        assertThat(environment.getProperty("spring.datasource.username")).isEqualTo("portal");
        assertThat(environment.getProperty("spring.datasource.password")).isEqualTo("secret");
    }

    @Test
    void anExplicitDatasourceSwitchesComposeSupportOff() {
        // Otherwise Compose would start its own PostgreSQL and connect to it, or, with a docker client
        // but no engine (as on this machine), stop the start-up.
        StandardEnvironment environment = environmentWith(Map.of("spring.datasource.url", "jdbc:postgresql://database.invalid/portal"));

        postProcessor.postProcessEnvironment(environment, new SpringApplication());

        assertThat(environment.getProperty("spring.docker.compose.enabled")).isEqualTo("false");
        assertThat(sourceNames(environment)).last().isEqualTo(LocalDatabaseEnvironmentPostProcessor.PROPERTY_SOURCE);
    }

    @Test
    void composeSupportSwitchedOnExplicitlyStaysOn() {
        StandardEnvironment environment = environmentWith(Map.of(
                "spring.datasource.url", "jdbc:postgresql://database.invalid/portal",
                "spring.docker.compose.enabled", "true"));

        postProcessor.postProcessEnvironment(environment, new SpringApplication());

        assertThat(environment.getProperty("spring.docker.compose.enabled")).isEqualTo("true");
    }

    @Test
    void withoutADatasourceUsesTheLocalServerAndCreatesItsDatabase() throws SQLException {
        String database = uniqueDatabaseName();
        String url = server().withDatabase(database);
        StandardEnvironment environment = environmentWith(Map.of(
                "spring.docker.compose.enabled", "false",
                "portal.database.url", url,
                "portal.database.username", username(),
                "portal.database.password", password()));
        try {
            postProcessor.postProcessEnvironment(environment, new SpringApplication());

            assertThat(databaseExists(database)).isTrue();
            assertThat(environment.getProperty("spring.datasource.url")).isEqualTo(url);
            assertThat(environment.getProperty("spring.datasource.username")).isEqualTo(username());
            assertThat(environment.getProperty("spring.docker.compose.enabled")).isEqualTo("false");
        }
        finally {
            drop(database);
        }
    }

    @Test
    void aDatasourceGivenInTheEnvironmentWinsOverTheLocalDefault() {
        StandardEnvironment environment = environmentWith(Map.of(
                "portal.database.url", "jdbc:postgresql://localhost:1/never",
                "spring.docker.compose.enabled", "false"));
        environment.getPropertySources().addFirst(new MapPropertySource("systemEnvironmentLike",
                Map.of("spring.datasource.url", "jdbc:postgresql://database.invalid/portal")));

        postProcessor.postProcessEnvironment(environment, new SpringApplication());

        assertThat(environment.getProperty("spring.datasource.url")).isEqualTo("jdbc:postgresql://database.invalid/portal");
    }

    @Test
    void createsADatabaseThatDidNotExistAndLeavesAnExistingOneAsItIs() throws SQLException {
        // A hyphen needs quoting in SQL: the name must reach PostgreSQL exactly as given.
        String database = uniqueDatabaseName() + "-x";
        String url = server().withDatabase(database);
        assertThat(databaseExists(database)).isFalse();
        try {
            LocalDatabaseEnvironmentPostProcessor.createDatabaseIfMissing(url, username(), password());
            assertThat(databaseExists(database)).isTrue();

            LocalDatabaseEnvironmentPostProcessor.createDatabaseIfMissing(url, username(), password());
            assertThat(databaseExists(database)).isTrue();
        }
        finally {
            drop(database);
        }
    }

    @Test
    void anUnreachableServerIsADatabaseUnavailableFailureThatSaysWhatToDo() {
        String url = "jdbc:postgresql://localhost:1/citydiplomacy?connectTimeout=5";

        assertThatThrownBy(() -> LocalDatabaseEnvironmentPostProcessor.createDatabaseIfMissing(url, "postgres", ""))
                .isInstanceOfSatisfying(DatabaseUnavailableException.class, ex -> {
                    assertThat(ex.url()).isEqualTo(url);
                    assertThat(ex.username()).isEqualTo("postgres");
                    assertThat(ex.getMessage()).contains("localhost:1");

                    FailureAnalysis analysis = new DatabaseUnavailableFailureAnalyzer().analyze(ex);
                    assertThat(analysis.getDescription()).contains(url).doesNotContain("\n");
                    assertThat(analysis.getAction()).contains("SPRING_DATASOURCE_URL");
                });
    }

    @Test
    void readsThePartsOfAPostgresUrl() {
        PostgresUrl url = PostgresUrl.parse("jdbc:postgresql://db.example:6543/citydiplomacy?sslmode=require&ApplicationName=x");

        assertThat(url.prefix()).isEqualTo("jdbc:postgresql://db.example:6543/");
        assertThat(url.database()).isEqualTo("citydiplomacy");
        assertThat(url.params()).isEqualTo("?sslmode=require&ApplicationName=x");
        assertThat(url.withDatabase("postgres")).isEqualTo("jdbc:postgresql://db.example:6543/postgres?sslmode=require&ApplicationName=x");
    }

    @Test
    void readsAPostgresUrlWithoutParametersOrPort() {
        PostgresUrl url = PostgresUrl.parse("jdbc:postgresql://localhost/citydiplomacy");

        assertThat(url.database()).isEqualTo("citydiplomacy");
        assertThat(url.params()).isEmpty();
        assertThat(url.withDatabase("postgres")).isEqualTo("jdbc:postgresql://localhost/postgres");
    }

    @Test
    void refusesWhatIsNotAPostgresUrlWithADatabase() {
        for (String url : List.of("jdbc:mysql://localhost:3306/citydiplomacy", "jdbc:postgresql://localhost:5432",
                "jdbc:postgresql:citydiplomacy", "localhost")) {
            assertThatThrownBy(() -> PostgresUrl.parse(url)).as(url).isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void quotesDatabaseNamesAsSqlIdentifiers() {
        assertThat(LocalDatabaseEnvironmentPostProcessor.quoteIdentifier("citydiplomacy")).isEqualTo("\"citydiplomacy\"");
        assertThat(LocalDatabaseEnvironmentPostProcessor.quoteIdentifier("a\"b")).isEqualTo("\"a\"\"b\"");
    }

    /** An environment with only the given properties: no system properties or variables leak in. */
    private static StandardEnvironment environmentWith(Map<String, Object> properties) {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().remove(StandardEnvironment.SYSTEM_PROPERTIES_PROPERTY_SOURCE_NAME);
        environment.getPropertySources().remove(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME);
        environment.getPropertySources().addLast(new MapPropertySource("test", new HashMap<>(properties)));
        return environment;
    }

    private static List<String> sourceNames(StandardEnvironment environment) {
        return environment.getPropertySources().stream().map(PropertySource::getName).toList();
    }

    private static String uniqueDatabaseName() {
        return "portal_postprocessor_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    }

    /** The test run's PostgreSQL server, as the test support configured it. */
    private static PostgresUrl server() {
        String url = System.getProperty("spring.datasource.url");
        assertThat(url).as("spring.datasource.url set by the test support").isNotNull();
        return PostgresUrl.parse(url);
    }

    private static String username() {
        return System.getProperty("spring.datasource.username", "postgres");
    }

    private static String password() {
        return System.getProperty("spring.datasource.password", "");
    }

    private static boolean databaseExists(String name) throws SQLException {
        try (Connection admin = DriverManager.getConnection(server().withDatabase("postgres"), username(), password());
                PreparedStatement exists = admin.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
            exists.setString(1, name);
            try (ResultSet rs = exists.executeQuery()) {
                return rs.next();
            }
        }
    }

    private static void drop(String name) throws SQLException {
        try (Connection admin = DriverManager.getConnection(server().withDatabase("postgres"), username(), password());
                Statement statement = admin.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS " + LocalDatabaseEnvironmentPostProcessor.quoteIdentifier(name) + " WITH (FORCE)");
        }
    }
}
