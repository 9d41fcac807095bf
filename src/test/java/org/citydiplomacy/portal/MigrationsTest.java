package org.citydiplomacy.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.persistence.EntityManagerFactory;

import org.citydiplomacy.portal.support.PortalTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The run's database started empty: Flyway built all of it from the migrations, and Hibernate,
 * checking the mapping against that schema ({@code ddl-auto=validate}), let the application start.
 */
@PortalTest
class MigrationsTest {

    private static final Pattern VERSIONED = Pattern.compile("V(\\d+)__.+\\.sql");

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Environment environment;

    @Autowired
    EntityManagerFactory entityManagerFactory;

    @Test
    void flywayAppliedEveryMigrationToTheEmptyDatabase() throws IOException {
        List<Integer> files = migrationVersions();
        List<Map<String, Object>> history = jdbc.sql("""
                SELECT version, type, success FROM flyway_schema_history
                 WHERE version IS NOT NULL ORDER BY installed_rank""").query().listOfRows();

        assertThat(files).isNotEmpty();
        assertThat(history).extracting(row -> Integer.valueOf((String) row.get("version")))
                .containsExactlyElementsOf(files);
        assertThat(history).allSatisfy(row -> {
            assertThat(row.get("success")).isEqualTo(true);
            // SQL, not BASELINE: every migration ran here, none was assumed to have run before.
            assertThat(row.get("type")).isEqualTo("SQL");
        });
    }

    @Test
    void noMigrationFailedOrIsPending() {
        Integer failed = jdbc.sql("SELECT count(*) FROM flyway_schema_history WHERE NOT success").query(Integer.class).single();

        assertThat(failed).isZero();
    }

    @Test
    void hibernateValidatedTheMappingAgainstTheMigratedSchema() {
        assertThat(environment.getProperty("spring.jpa.hibernate.ddl-auto")).isEqualTo("validate");
        assertThat(environment.getProperty("spring.jpa.open-in-view")).isEqualTo("false");
        assertThat(entityManagerFactory.isOpen()).isTrue();
    }

    @Test
    void theSchemaHasTheTablesOfTheModel() {
        List<String> tables = jdbc.sql("""
                SELECT table_name FROM information_schema.tables
                 WHERE table_schema = current_schema() AND table_type = 'BASE TABLE'""")
                .query(String.class).list();

        assertThat(tables).contains("partner", "agreement", "agreement_partner", "agreement_signatory",
                "agreement_area", "agreement_relation", "agreement_text", "agreement_document", "meeting",
                "meeting_partner", "meeting_participant", "meeting_agreement", "network", "source", "citation");
    }

    private static List<Integer> migrationVersions() throws IOException {
        Resource[] resources = new PathMatchingResourcePatternResolver().getResources("classpath*:db/migration/V*.sql");
        return Arrays.stream(resources)
                .map(Resource::getFilename)
                .map(name -> {
                    Matcher m = VERSIONED.matcher(name);
                    assertThat(m.matches()).as("migration file name %s", name).isTrue();
                    return Integer.valueOf(m.group(1));
                })
                .sorted(Comparator.naturalOrder())
                .toList();
    }
}
