package org.citydiplomacy.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.assertj.core.api.SoftAssertions;
import org.citydiplomacy.portal.support.PortalTest;
import org.citydiplomacy.portal.support.StatementCounter;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Every public page and read API endpoint, answered fresh (just after the data changed, so nothing
 * is kept yet), runs at most 3 SQL statements for a list and at most 6 for one record's page, with
 * 10 extra agreements and meetings and with 1,000. All of them name Rome, so that its page and
 * timeline grow with them. (A filtered listing may count its matches once more with 1,000 rows: the
 * count decides which index it reads, see AgreementListingQueries.Plan.)
 */
@PortalTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PublicEndpointStatementCountTest {

    private static final String CREATED_BY = "endpoint-count-test";
    private static final int MAX_LIST_STATEMENTS = 3;
    private static final int MAX_RECORD_STATEMENTS = 6;

    private record Endpoint(String url, int maxStatements) {
    }

    private static final List<Endpoint> ENDPOINTS = List.of(
            new Endpoint("/agreements", MAX_LIST_STATEMENTS),
            new Endpoint("/agreements?partner=rome&type=OTHER", MAX_LIST_STATEMENTS),
            new Endpoint("/agreements?q=endpoint", MAX_LIST_STATEMENTS),
            new Endpoint("/agreements?q=%E5%8D%94%E5%AE%9A", MAX_LIST_STATEMENTS),
            new Endpoint("/agreements?page=3&size=5&sort=oldest", MAX_LIST_STATEMENTS),
            new Endpoint("/agreements.atom", MAX_LIST_STATEMENTS),
            new Endpoint("/meetings", MAX_LIST_STATEMENTS),
            new Endpoint("/meetings?partner=rome&kind=SUMMIT", MAX_LIST_STATEMENTS),
            // The data version (its ETag) and the meetings.
            new Endpoint("/meetings.ics", MAX_LIST_STATEMENTS),
            new Endpoint("/meetings.ics?lang=ja", MAX_LIST_STATEMENTS),
            new Endpoint("/partners", MAX_LIST_STATEMENTS),
            // The overview: aggregates in one statement each (statistics: the version, the figures, the partners).
            new Endpoint("/statistics", MAX_LIST_STATEMENTS),
            new Endpoint("/statistics?partner=rome&type=OTHER", MAX_LIST_STATEMENTS),
            new Endpoint("/statistics.csv?partner=rome", MAX_LIST_STATEMENTS),
            new Endpoint("/map", MAX_LIST_STATEMENTS),
            new Endpoint("/networks", MAX_LIST_STATEMENTS),
            new Endpoint("/networks/u20", MAX_RECORD_STATEMENTS),
            new Endpoint("/strategy", MAX_LIST_STATEMENTS),
            new Endpoint("/", MAX_RECORD_STATEMENTS),
            new Endpoint("/partners/rome", MAX_RECORD_STATEMENTS),
            new Endpoint("/agreements/{agreement}", MAX_RECORD_STATEMENTS),
            new Endpoint("/meetings/{meeting}", MAX_RECORD_STATEMENTS),
            new Endpoint("/api/v1/agreements", MAX_LIST_STATEMENTS),
            new Endpoint("/api/v1/agreements?partner=rome&q=endpoint&size=100", MAX_LIST_STATEMENTS),
            new Endpoint("/api/v1/meetings", MAX_LIST_STATEMENTS),
            new Endpoint("/api/v1/partners", MAX_LIST_STATEMENTS),
            // One partner's events, as on its page: the partner, its agreements, its meetings.
            new Endpoint("/api/v1/partners/rome/timeline", MAX_RECORD_STATEMENTS),
            new Endpoint("/api/v1/agreements/{agreement}", MAX_RECORD_STATEMENTS),
            new Endpoint("/api/v1/meetings/{meeting}", MAX_RECORD_STATEMENTS),
            new Endpoint("/api/v1/partners/rome", MAX_RECORD_STATEMENTS));

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Test
    void everyPublicEndpointRunsAFewStatementsWithTenRowsAndWithAThousand() throws Exception {
        Map<String, Integer> withTen = statementsWith(10);
        Map<String, Integer> withThousand = statementsWith(1000);

        SoftAssertions softly = new SoftAssertions();
        for (Endpoint endpoint : ENDPOINTS) {
            softly.assertThat(withTen.get(endpoint.url())).as("%s with 10 rows", endpoint.url())
                    .isPositive().isLessThanOrEqualTo(endpoint.maxStatements());
            softly.assertThat(withThousand.get(endpoint.url())).as("%s with 1,000 rows", endpoint.url())
                    .isPositive().isLessThanOrEqualTo(endpoint.maxStatements());
        }
        softly.assertAll();
    }

    @AfterAll
    void deleteThem() {
        deleteRows();
    }

    /** Writes the rows (which moves the data version: every cache is cold), then asks every endpoint once. */
    private Map<String, Integer> statementsWith(int rows) throws Exception {
        deleteRows();
        writeRows(rows);
        long agreement = jdbc.sql("SELECT max(id) FROM agreement WHERE created_by = ?").params(CREATED_BY)
                .query(Long.class).single();
        long meeting = jdbc.sql("SELECT max(id) FROM meeting WHERE created_by = ?").params(CREATED_BY)
                .query(Long.class).single();
        assertThat(jdbc.sql("SELECT count(*) FROM agreement WHERE created_by = ?").params(CREATED_BY)
                .query(Long.class).single()).isEqualTo(rows);

        Map<String, Integer> counts = new LinkedHashMap<>();
        for (Endpoint endpoint : ENDPOINTS) {
            String url = endpoint.url().replace("{agreement}", Long.toString(agreement))
                    .replace("{meeting}", Long.toString(meeting));
            StatementCounter.reset();
            mvc.perform(get(url)).andExpect(status().isOk());
            counts.put(endpoint.url(), StatementCounter.count());
        }
        return counts;
    }

    private void writeRows(int rows) {
        jdbc.sql("""
                WITH a AS (INSERT INTO agreement (type, title, title_ja, signed_on, signed_on_precision, status,
                                                  visibility, created_by)
                           SELECT 'OTHER', 'Endpoint count agreement ' || g, 'エンドポイント件数の協定 ' || g,
                                  DATE '1990-01-01' + g, 'DAY', 'UNKNOWN', 'PUBLISHED', :by
                             FROM generate_series(1, :rows) g
                           RETURNING id)
                INSERT INTO agreement_partner (agreement_id, partner_id, position)
                SELECT a.id, p.id, CASE WHEN p.slug = 'rome' THEN 0 ELSE 1 END
                  FROM a JOIN partner p ON p.slug IN ('rome', 'paris')""")
                .param("by", CREATED_BY).param("rows", rows).update();
        jdbc.sql("""
                WITH m AS (INSERT INTO meeting (title, held_on, held_on_precision, kind, place, visibility, created_by)
                           SELECT 'Endpoint count meeting ' || g, DATE '1990-01-01' + g, 'DAY', 'SUMMIT', 'Tokyo',
                                  'PUBLISHED', :by
                             FROM generate_series(1, :rows) g
                           RETURNING id)
                INSERT INTO meeting_partner (meeting_id, partner_id, position)
                SELECT m.id, p.id, CASE WHEN p.slug = 'rome' THEN 0 ELSE 1 END
                  FROM m JOIN partner p ON p.slug IN ('rome', 'paris')""")
                .param("by", CREATED_BY).param("rows", rows).update();
    }

    private void deleteRows() {
        jdbc.sql("DELETE FROM agreement WHERE created_by = ?").params(CREATED_BY).update();
        jdbc.sql("DELETE FROM meeting WHERE created_by = ?").params(CREATED_BY).update();
    }
}
