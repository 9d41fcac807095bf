package org.citydiplomacy.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import org.citydiplomacy.portal.support.PortalTest;
import org.citydiplomacy.portal.support.StatementCounter;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Every endpoint runs a fixed, small number of SQL statements, whatever the size of its answer: no
 * query per row. 250 extra published agreements and meetings (each with two partners, so that
 * every page is full even at size 100) are written for this class and deleted after it; Cairo is
 * left without them, so that its timeline stays short while Rome's grows long.
 */
@PortalTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StatementCountTest {

    private static final String CREATED_BY = "statement-count-test";
    /** Enough for pages past the first 200 rows, which read the listing's whole order. */
    private static final int EXTRA_ROWS = 250;
    private static final int MAX_LIST_STATEMENTS = 3;
    private static final int MAX_DETAIL_STATEMENTS = 6;

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @BeforeAll
    void writeManyPublishedRecords() {
        jdbc.sql("""
                WITH p AS (SELECT id, row_number() OVER (ORDER BY id) - 1 AS n, count(*) OVER () AS total
                             FROM partner WHERE created_by = 'seed' AND slug <> 'cairo'),
                     a AS (INSERT INTO agreement (type, title, title_ja, signed_on, signed_on_precision, status, visibility, created_by)
                           SELECT 'OTHER', 'Statement count agreement ' || g, '文数の協定 ' || g, DATE '2000-01-01' + g, 'DAY',
                                  'UNKNOWN', 'PUBLISHED', :by
                             FROM generate_series(1, :rows) g
                           RETURNING id)
                INSERT INTO agreement_partner (agreement_id, partner_id, position)
                SELECT a.id, p.id, CASE WHEN p.n = a.id % p.total THEN 0 ELSE 1 END
                  FROM a JOIN p ON p.n = a.id % p.total OR p.n = (a.id + 1) % p.total""")
                .param("by", CREATED_BY).param("rows", EXTRA_ROWS).update();
        jdbc.sql("""
                WITH p AS (SELECT id, row_number() OVER (ORDER BY id) - 1 AS n, count(*) OVER () AS total
                             FROM partner WHERE created_by = 'seed' AND slug <> 'cairo'),
                     m AS (INSERT INTO meeting (title, held_on, held_on_precision, kind, place, visibility, created_by)
                           SELECT 'Statement count meeting ' || g, DATE '2000-01-01' + g, 'DAY', 'SUMMIT', 'Tokyo',
                                  'PUBLISHED', :by
                             FROM generate_series(1, :rows) g
                           RETURNING id)
                INSERT INTO meeting_partner (meeting_id, partner_id, position)
                SELECT m.id, p.id, CASE WHEN p.n = m.id % p.total THEN 0 ELSE 1 END
                  FROM m JOIN p ON p.n = m.id % p.total OR p.n = (m.id + 1) % p.total""")
                .param("by", CREATED_BY).param("rows", EXTRA_ROWS).update();
        // Rome takes part in all of them, for a long timeline.
        jdbc.sql("""
                INSERT INTO agreement_partner (agreement_id, partner_id, position)
                SELECT a.id, p.id, 2 FROM agreement a, partner p
                 WHERE a.created_by = :by AND p.slug = 'rome'
                ON CONFLICT DO NOTHING""").param("by", CREATED_BY).update();
        jdbc.sql("""
                INSERT INTO meeting_partner (meeting_id, partner_id, position)
                SELECT m.id, p.id, 2 FROM meeting m, partner p
                 WHERE m.created_by = :by AND p.slug = 'rome'
                ON CONFLICT DO NOTHING""").param("by", CREATED_BY).update();
    }

    @AfterAll
    void deleteThem() {
        jdbc.sql("DELETE FROM agreement WHERE created_by = ?").params(CREATED_BY).update();
        jdbc.sql("DELETE FROM meeting WHERE created_by = ?").params(CREATED_BY).update();
    }

    @Test
    void theAgreementListRunsTheSameFewStatementsForOneRowOrAHundred() throws Exception {
        int one = statements(get("/api/v1/agreements").param("size", "1"), 1);
        int twenty = statements(get("/api/v1/agreements").param("size", "20"), 20);
        int hundred = statements(get("/api/v1/agreements").param("size", "100"), 100);

        // The result count is cached per data version (ListingCounts): the first request counts,
        // later ones may run one statement fewer, never more.
        assertThat(one).isPositive().isLessThanOrEqualTo(MAX_LIST_STATEMENTS);
        assertThat(twenty).isPositive().isLessThanOrEqualTo(one);
        assertThat(hundred).isPositive().isLessThanOrEqualTo(one);
    }

    @Test
    void anAgreementPageNobodyAskedForBeforeIsOneStatementOnceTheListingsOrderIsRead() throws Exception {
        // A deep page reads the listing's whole order; any page after it is read by its ids.
        // (In the address, as a reader sends it: MockMvc's param() leaves the query string empty.)
        // (Addresses no other test asks for, so that none of them is a kept page.)
        statements(get("/api/v1/agreements?size=19&page=12"), 19);
        int near = statements(get("/api/v1/agreements?size=19&page=3"), 19);
        List<String> nearStatements = StatementCounter.statements();
        int deep = statements(get("/api/v1/agreements?size=19&page=13"), 19);

        // Not even the data version first: the page's statement says which version it was read at.
        assertThat(near).as("%s", nearStatements).isEqualTo(1);
        assertThat(deep).as("%s", StatementCounter.statements()).isEqualTo(1);
    }

    @Test
    void aListingPageNobodyAskedForBeforeIsOneStatementOnceTheListingsOrderIsRead() throws Exception {
        // Addresses no other test asks for, so that none of them is a kept page.
        mvc.perform(get("/agreements?page=13&size=20&sort=newest")).andExpect(status().isOk());
        StatementCounter.reset();
        mvc.perform(get("/agreements?page=4&size=20&sort=newest")).andExpect(status().isOk());
        List<String> near = StatementCounter.statements();
        StatementCounter.reset();
        mvc.perform(get("/agreements?page=14&size=20&sort=oldest")).andExpect(status().isOk());

        // The page by its ids, whose statement names the data version and so the facets kept for it.
        assertThat(near).singleElement().asString().contains("a.id = ANY(");
        assertThat(StatementCounter.statements()).singleElement().asString().contains("a.id = ANY(");
    }

    @Test
    void aFilteredSortedAgreementListRunsTheSameFewStatementsForOneRowOrAHundred() throws Exception {
        int one = statements(get("/api/v1/agreements").param("partner", "rome").param("sort", "title")
                .param("from", "2000").param("q", "agreement").param("size", "1"), 1);
        int hundred = statements(get("/api/v1/agreements").param("partner", "rome").param("sort", "title")
                .param("from", "2000").param("q", "agreement").param("size", "100"), 100);

        assertThat(one).isPositive().isLessThanOrEqualTo(MAX_LIST_STATEMENTS);
        assertThat(hundred).isPositive().isLessThanOrEqualTo(one);
    }

    @Test
    void theMeetingListRunsTheSameFewStatementsForOneRowOrAHundred() throws Exception {
        int one = statements(get("/api/v1/meetings").param("size", "1"), 1);
        int twenty = statements(get("/api/v1/meetings").param("size", "20"), 20);
        int hundred = statements(get("/api/v1/meetings").param("size", "100"), 100);
        int filtered = statements(get("/api/v1/meetings").param("partner", "rome").param("kind", "SUMMIT").param("size", "100"), 100);

        assertThat(one).isPositive().isLessThanOrEqualTo(MAX_LIST_STATEMENTS);
        assertThat(twenty).isEqualTo(one);
        assertThat(hundred).isEqualTo(one);
        assertThat(filtered).isEqualTo(one);
    }

    @Test
    void thePartnerListRunsAFewStatementsForAllPartners() throws Exception {
        StatementCounter.reset();
        mvc.perform(get("/api/v1/partners")).andExpect(status().isOk()).andExpect(jsonPath("$.length()").value(20));
        int all = StatementCounter.count();

        assertThat(all).isPositive().isLessThanOrEqualTo(MAX_LIST_STATEMENTS);
    }

    @Test
    void aLongTimelineRunsAsFewStatementsAsAShortOne() throws Exception {
        StatementCounter.reset();
        mvc.perform(get("/api/v1/partners/cairo/timeline")).andExpect(status().isOk()).andExpect(jsonPath("$.length()").value(1));
        int shortTimeline = StatementCounter.count();
        StatementCounter.reset();
        mvc.perform(get("/api/v1/partners/rome/timeline")).andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(4 + 2 * EXTRA_ROWS));
        int longTimeline = StatementCounter.count();

        // One partner's events, as on its page: the data version, the partner, its agreements, its meetings.
        assertThat(shortTimeline).isPositive().isLessThanOrEqualTo(MAX_DETAIL_STATEMENTS);
        assertThat(longTimeline).isEqualTo(shortTimeline);
    }

    @Test
    void oneAgreementTakesAFewStatements() throws Exception {
        long rome = jdbc.sql("SELECT id FROM agreement WHERE created_by = 'seed' AND title LIKE 'Joint Communiqué of the City of Rome%'")
                .query(Long.class).single();
        StatementCounter.reset();
        mvc.perform(get("/api/v1/agreements/{id}", rome)).andExpect(status().isOk());

        assertThat(StatementCounter.count()).isPositive().isLessThanOrEqualTo(MAX_DETAIL_STATEMENTS);
    }

    @Test
    void oneMeetingTakesAFewStatements() throws Exception {
        long forum = jdbc.sql("SELECT id FROM meeting WHERE created_by = 'seed' AND title LIKE 'Sustainable Recovery Tokyo Forum%'")
                .query(Long.class).single();
        StatementCounter.reset();
        mvc.perform(get("/api/v1/meetings/{id}", forum)).andExpect(status().isOk());

        assertThat(StatementCounter.count()).isPositive().isLessThanOrEqualTo(MAX_DETAIL_STATEMENTS);
    }

    @Test
    void onePartnerTakesAFewStatements() throws Exception {
        StatementCounter.reset();
        mvc.perform(get("/api/v1/partners/rome")).andExpect(status().isOk());

        assertThat(StatementCounter.count()).isPositive().isLessThanOrEqualTo(MAX_DETAIL_STATEMENTS);
    }

    @Test
    void aNotFoundAnswerTakesAFewStatements() throws Exception {
        StatementCounter.reset();
        mvc.perform(get("/api/v1/agreements/987654321")).andExpect(status().isNotFound());

        assertThat(StatementCounter.count()).isPositive().isLessThanOrEqualTo(MAX_DETAIL_STATEMENTS);
    }

    /** Runs the request, checks that it answered a full page, and returns its number of statements. */
    private int statements(MockHttpServletRequestBuilder request, int expectedRows) throws Exception {
        StatementCounter.reset();
        mvc.perform(request)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.content.length()").value(expectedRows));
        return StatementCounter.count();
    }
}
