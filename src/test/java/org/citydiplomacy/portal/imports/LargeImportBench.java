package org.citydiplomacy.portal.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.citydiplomacy.portal.support.CreatedRecords;
import org.citydiplomacy.portal.support.PortalTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Issue 14, point 3: a file of 10,000 rows, checked and then imported, every record written with its
 * history in one change set. It prints how long each took (measured, not asserted: the time depends on
 * the machine). A measurement, not part of the suite (its name matches none of Surefire's test patterns):
 * {@code ./mvnw verify -Dtest=LargeImportBench -Dsurefire.failIfNoSpecifiedTests=false -Dit.test=NONE
 * -Dfailsafe.failIfNoSpecifiedTests=false}; figures in docs/performance.md.
 */
@PortalTest
class LargeImportBench {

    static final int ROWS = 10_000;

    @Autowired
    MockMvc mvc;

    @Autowired
    JsonMapper json;

    @Autowired
    JdbcClient jdbc;

    CreatedRecords created;

    @BeforeEach
    void noteRecords() {
        created = CreatedRecords.noteBefore(jdbc);
    }

    @AfterEach
    void removeCreatedRecords() {
        created.remove();
    }

    @Test
    void importsTenThousandRowsInOneChangeSet() throws Exception {
        List<String> partners = jdbc.sql("SELECT slug FROM partner WHERE visibility = 'PUBLISHED' ORDER BY id")
                .query(String.class).list();
        StringBuilder csv = new StringBuilder("type,title,title_ja,signed_on,partners,visibility\n");
        for (int i = 0; i < ROWS; i++) {
            csv.append("JOINT_STATEMENT,Imported statement ").append(i).append(",共同声明 ").append(i).append(',')
                    .append(1990 + i % 35).append('-').append(String.format("%02d", 1 + i % 12)).append(',')
                    .append(partners.get(i % partners.size())).append(',').append(i % 2 == 0 ? "PUBLISHED" : "").append('\n');
        }
        byte[] file = csv.toString().getBytes(StandardCharsets.UTF_8);

        long start = System.nanoTime();
        JsonNode dryRun = report(mvc.perform(SpreadsheetImportTest.upload(file, "large.csv").param("dryRun", "true")
                .with(user("large-importer").roles("EDITOR"))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsByteArray());
        long checked = System.nanoTime();
        JsonNode imported = report(mvc.perform(SpreadsheetImportTest.upload(file, "large.csv")
                .with(user("large-importer").roles("EDITOR"))).andExpect(status().isCreated()).andReturn().getResponse()
                .getContentAsByteArray());
        long saved = System.nanoTime();
        System.out.printf("LargeImportBench: %d rows (%d KB): dry run %d ms, import %d ms%n", ROWS, file.length / 1024,
                (checked - start) / 1_000_000, (saved - checked) / 1_000_000);

        assertThat(dryRun.at("/counts/create").asInt()).isEqualTo(ROWS);
        assertThat(imported.at("/counts/create").asInt()).isEqualTo(ROWS);
        assertThat(jdbc.sql("SELECT count(*) FROM agreement WHERE title LIKE 'Imported statement %'").query(Long.class)
                .single()).isEqualTo(ROWS);
        assertThat(jdbc.sql("""
                SELECT count(DISTINCT x.rev) || ' ' || count(*) || ' ' || min(r.imported_from)
                FROM agreement_aud x JOIN audit_revision r ON r.id = x.rev JOIN agreement a ON a.id = x.id
                WHERE a.title LIKE 'Imported statement %'""").query(String.class).single())
                .isEqualTo("1 " + ROWS + " large.csv");
    }

    private JsonNode report(byte[] body) {
        return json.readTree(body);
    }
}
