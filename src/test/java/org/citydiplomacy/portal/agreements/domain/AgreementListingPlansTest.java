package org.citydiplomacy.portal.agreements.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.LongSupplier;

import javax.sql.DataSource;

import net.ttddyy.dsproxy.QueryInfo;
import net.ttddyy.dsproxy.proxy.ParameterSetOperation;
import net.ttddyy.dsproxy.support.ProxyDataSourceBuilder;

import org.citydiplomacy.portal.agreements.AgreementFacets;
import org.citydiplomacy.portal.agreements.AgreementFilter;
import org.citydiplomacy.portal.agreements.AgreementSort;
import org.citydiplomacy.portal.agreements.AgreementSummary;
import org.citydiplomacy.portal.agreements.AgreementType;
import org.citydiplomacy.portal.agreements.CooperationArea;
import org.citydiplomacy.portal.agreements.domain.AgreementListingQueries.Plan;
import org.citydiplomacy.portal.shared.Audience;
import org.citydiplomacy.portal.shared.PageQuery;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The listing's queries find their rows through indexes at 100,000 agreements: EXPLAIN of every
 * statement the listing runs (pages with both plans, counts) shows no sequential scan of
 * {@code agreement}. Runs on a database of its own (a sibling of the test run's database), so that
 * the other tests keep their small data set.
 */
class AgreementListingPlansTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final List<QueryInfo> EXECUTED = new CopyOnWriteArrayList<>();

    private static String adminUrl;
    private static String url;
    private static String username;
    private static String password;
    private static String database;
    private static AgreementListingQueries queries;
    private static JdbcClient jdbc;
    private static String bigPartner;
    private static String smallPartner;

    @BeforeAll
    static void loadHundredThousandAgreements() throws SQLException {
        String runUrl = System.getProperty("spring.datasource.url",
                env("PORTAL_TEST_DATABASE_URL", "jdbc:postgresql://localhost:5432/postgres"));
        username = System.getProperty("spring.datasource.username", env("PORTAL_TEST_DATABASE_USERNAME", "postgres"));
        password = System.getProperty("spring.datasource.password", env("PORTAL_TEST_DATABASE_PASSWORD", ""));
        database = "portal_plans_" + Long.toHexString(System.currentTimeMillis()) + "_"
                + Integer.toHexString(ThreadLocalRandom.current().nextInt(1 << 16));
        adminUrl = withDatabase(runUrl, "postgres");
        url = withDatabase(runUrl, database);
        try (Connection admin = DriverManager.getConnection(adminUrl, username, password);
                Statement statement = admin.createStatement()) {
            statement.execute("CREATE DATABASE " + database);
        }
        Flyway.configure().dataSource(url, username, password).locations("classpath:db/migration").load().migrate();
        try (Connection connection = DriverManager.getConnection(url, username, password);
                Statement statement = connection.createStatement()) {
            statement.execute(resource("agreements/listing-plans-data.sql"));
            statement.execute("VACUUM (ANALYZE)");
            bigPartner = single(statement, """
                    SELECT p.slug FROM partner p JOIN agreement_partner ap ON ap.partner_id = p.id
                     GROUP BY p.slug ORDER BY count(*) DESC LIMIT 1""");
            smallPartner = single(statement, """
                    SELECT p.slug FROM partner p JOIN agreement_partner ap ON ap.partner_id = p.id
                     GROUP BY p.slug ORDER BY count(*), p.slug LIMIT 1""");
            assertThat(single(statement, "SELECT count(*) FROM agreement")).isEqualTo("100022");
        }
        DataSource counted = ProxyDataSourceBuilder.create(new SimpleDriverDataSource(new org.postgresql.Driver(), url,
                        username, password))
                .afterQuery((execution, executed) -> EXECUTED.addAll(executed))
                .build();
        jdbc = JdbcClient.create(counted);
        queries = new AgreementListingQueries(jdbc, new ListingMarks());
    }

    @AfterAll
    static void dropDatabase() throws SQLException {
        if (adminUrl == null) {
            return;
        }
        try (Connection admin = DriverManager.getConnection(adminUrl, username, password);
                Statement statement = admin.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
        }
    }

    @Test
    void defaultListingAndDeepPagesReadTheListingIndex() throws SQLException {
        for (AgreementSort sort : AgreementSort.values()) {
            assertNoSequentialScan(AgreementFilter.none(), sort, new PageQuery(0, 20), Plan.MATCHES_FIRST);
            assertNoSequentialScan(AgreementFilter.none(), sort, new PageQuery(2_400, 20), Plan.MATCHES_FIRST);
        }
    }

    @Test
    void aPageNearItsStartIsReadWithItsColumnsAndALongSkipReadsIdsOnly() throws SQLException {
        for (AgreementSort sort : AgreementSort.values()) {
            for (AgreementFilter filter : List.of(AgreementFilter.none(), AgreementFilter.none().withType(AgreementType.JOINT_STATEMENT))) {
                // Page 10 is 200 rows in (the most read with the columns), page 11 skips 220.
                for (int number : new int[] { 0, 10, 11 }) {
                    EXECUTED.clear();
                    AgreementListingQueries.Page read = new AgreementListingQueries(jdbc, new ListingMarks())
                            .page(filter, sort, new PageQuery(number, 20), Audience.PUBLIC, Plan.MATCHES_FIRST, null);
                    String what = filter + " " + sort + " page " + number;
                    assertThat(EXECUTED).as(what).hasSize(1);
                    assertThat(EXECUTED.get(0).getQuery()).as(what)
                            .contains(number <= 10 ? ") a LEFT JOIN LATERAL" : "JOIN agreement a ON a.id = k.id");
                    assertPlansAvoidSequentialScan(what);

                    // The rows of the listing's order at that offset, read plainly.
                    List<Long> ids = read.rows().stream().map(AgreementSummary::id).toList();
                    assertThat(ids).as(what).hasSize(20).isEqualTo(jdbc.sql("SELECT a.id FROM agreement a WHERE a.visibility = 'PUBLISHED'"
                            + (filter.type() == null ? "" : " AND a.type = 'JOINT_STATEMENT'")
                            + " ORDER BY " + sort.orderBy() + " LIMIT 20 OFFSET " + number * 20).query(Long.class).list());
                }
            }
        }
    }

    @Test
    void pagesNearTheEndAreReadBackwardsThroughTheSameIndex() throws SQLException {
        for (AgreementFilter filter : List.of(AgreementFilter.none(), AgreementFilter.none().withQuery("resilience"))) {
            long total = queries.count(filter, Audience.PUBLIC);
            int last = (int) ((total - 1) / 20);
            for (AgreementSort sort : AgreementSort.values()) {
                for (int number : new int[] { last, last - 1, last - 7, (int) (total / 20 / 2) + 1 }) {
                    PageQuery page = new PageQuery(number, 20);
                    AgreementListingQueries.Page forwards = queries.page(filter, sort, page, Audience.PUBLIC, Plan.MATCHES_FIRST, null);
                    EXECUTED.clear();
                    // Without marks of the rows read just before, which it would start from instead.
                    AgreementListingQueries.Page backwards = new AgreementListingQueries(jdbc, new ListingMarks())
                            .page(filter, sort, page, Audience.PUBLIC, Plan.MATCHES_FIRST, new ListingCounts.Known(forwards.dataVersion(), total));
                    assertPlansAvoidSequentialScan(filter + " " + sort + " page " + number + " from the end");

                    assertThat(backwards.fromEnd()).isTrue();
                    assertThat(backwards.rows()).as(sort + " page " + number).isEqualTo(forwards.rows()).isNotEmpty();
                }
            }
        }
    }

    @Test
    void aDeepPageStartsFromTheRowSeenBeforeItThroughTheListingIndex() throws SQLException {
        for (AgreementSort sort : AgreementSort.values()) {
            AgreementListingQueries seeking = new AgreementListingQueries(jdbc, new ListingMarks());
            seeking.page(AgreementFilter.none(), sort, new PageQuery(2_400, 20), Audience.PUBLIC, Plan.MATCHES_FIRST, null);
            EXECUTED.clear();
            AgreementListingQueries.Page sought = seeking.page(AgreementFilter.none(), sort, new PageQuery(2_402, 20),
                    Audience.PUBLIC, Plan.MATCHES_FIRST, null);
            assertThat(EXECUTED).hasSize(1);
            assertThat(EXECUTED.get(0).getQuery()).as("a keyset seek").contains("(" + sort.sortValue() + ", a.id) ");
            assertPlansAvoidSequentialScan(sort + " page 2402 from the last row of page 2400");
            assertThat(sought.rows()).isEqualTo(new AgreementListingQueries(jdbc, new ListingMarks())
                    .page(AgreementFilter.none(), sort, new PageQuery(2_402, 20), Audience.PUBLIC, Plan.MATCHES_FIRST, null)
                    .rows());
        }
    }

    @Test
    void deepPagesOfThePublicListingAreReadByTheirIdsThroughIndexes() throws SQLException {
        LongSupplier version = () -> ListingReads.currentVersion(jdbc);
        AgreementListingQueries ordered = new AgreementListingQueries(jdbc, new ListingMarks(),
                new ListingOrders(jdbc, new ListingCounts(), version), version);
        for (AgreementSort sort : List.of(AgreementSort.NEWEST, AgreementSort.OLDEST)) {
            // Page 11 (past 200 rows) reads the whole order, the others find it read.
            for (int number : new int[] { 11, 2_400, 4_790, 3 }) {
                EXECUTED.clear();
                AgreementListingQueries.Page read = ordered.page(AgreementFilter.none(), sort, new PageQuery(number, 20),
                        Audience.PUBLIC, Plan.MATCHES_FIRST, null);
                String what = sort + " page " + number + " by ids";
                assertThat(EXECUTED.get(EXECUTED.size() - 1).getQuery()).as(what).contains("a.id = ANY(");
                assertPlansAvoidSequentialScan(what);
                assertThat(read.rows().stream().map(AgreementSummary::id).toList()).as(what).hasSize(20)
                        .isEqualTo(jdbc.sql("SELECT a.id FROM agreement a WHERE a.visibility = 'PUBLISHED' ORDER BY "
                                + sort.orderBy() + " LIMIT 20 OFFSET " + number * 20).query(Long.class).list());
            }
        }
    }

    @Test
    void filteredListingsUseIndexesWithEitherPlan() throws SQLException {
        List<AgreementFilter> filters = List.of(
                AgreementFilter.none().withPartner(bigPartner),
                AgreementFilter.none().withPartner(smallPartner),
                AgreementFilter.none().withType(AgreementType.JOINT_STATEMENT),
                AgreementFilter.none().withArea(CooperationArea.TOURISM),
                AgreementFilter.none().withDates(java.time.LocalDate.of(1990, 1, 1), java.time.LocalDate.of(1995, 12, 31)),
                AgreementFilter.none().withPartner(bigPartner).withType(AgreementType.MEMORANDUM_OF_UNDERSTANDING));
        for (AgreementFilter filter : filters) {
            for (Plan plan : Plan.values()) {
                assertNoSequentialScan(filter, AgreementSort.NEWEST, new PageQuery(0, 20), plan);
                assertNoSequentialScan(filter, AgreementSort.TITLE, new PageQuery(3, 20), plan);
            }
        }
    }

    @Test
    void searchesInEnglishAndJapaneseUseTheSearchDocumentsIndex() throws SQLException {
        List<String> queriesTyped = List.of("resilience", "ljubljana", "観光振興", "観光", "防災", "防災 eu", "eu",
                "tourism 防災", "東京都との協力", "the cooperation", "disaster-resilience");
        for (String typed : queriesTyped) {
            AgreementFilter filter = AgreementFilter.none().withQuery(typed);
            assertThat(filter.hasIndexedWord()).as(typed).isTrue();
            for (Plan plan : Plan.values()) {
                assertNoSequentialScan(filter, AgreementSort.NEWEST, new PageQuery(0, 20), plan);
                assertNoSequentialScan(filter.withPartner(bigPartner), AgreementSort.NEWEST, new PageQuery(0, 20), plan);
            }
        }
    }

    @Test
    void countsOfSearchesFindTheMatchesInTheSearchDocumentsIndexWithoutRecheck() throws SQLException {
        for (String typed : List.of("resilience", "memorandum", "観光振興", "防災", "tourism 防災", "e-mail 防災")) {
            AgreementFilter filter = AgreementFilter.none().withQuery(typed);
            EXECUTED.clear();
            queries.count(filter, Audience.PUBLIC);
            assertThat(EXECUTED.get(0).getQuery()).as(typed).contains("agreement_search_matches(");
            String plan = explainMatches(typed);
            assertThat(plan).as(typed).contains("Bitmap Index Scan on agreement_search_vector_idx")
                    .doesNotContain("Seq Scan");
            // GIN answers tsvector lexeme and prefix queries exactly: no row's text is read again.
            assertThat(plan).as(typed).doesNotContain("Rows Removed by Index Recheck").doesNotContain("Lossy");
        }
    }

    @Test
    void wordsFoundInMoreAgreementsThanTheLimitAreCountedOnlyThatFar() {
        AgreementFacetQueries facets = new AgreementFacetQueries(jdbc);
        AgreementFilter common = AgreementFilter.none().withQuery("memorandum");
        assertThat(queries.count(common, Audience.PUBLIC)).isGreaterThan(AgreementFacets.SEARCH_COUNT_LIMIT);
        AgreementFacets counted = facets.facets(common, Audience.PUBLIC);
        assertThat(counted.countsHidden()).isTrue();
        assertThat(counted.total()).isEqualTo(AgreementFacets.SEARCH_COUNT_LIMIT + 1);
        // With another filter, or with few matches, every count is exact.
        for (AgreementFilter filter : List.of(common.withPartner(smallPartner), AgreementFilter.none().withQuery("ljubljana"))) {
            AgreementFacets exact = facets.facets(filter, Audience.PUBLIC);
            assertThat(exact.countsHidden()).as(filter.toString()).isFalse();
            assertThat(exact.total()).as(filter.toString()).isEqualTo(queries.count(filter, Audience.PUBLIC));
        }
    }

    /**
     * The plan of {@code agreement_search_matches} (V160) for what was typed, as the function runs
     * it: its own body, with its own settings, prepared with the words' tsquery and exact words.
     */
    private static String explainMatches(String typed) throws SQLException {
        List<String> queryParts = new ArrayList<>();
        List<String> exact = new ArrayList<>();
        for (String word : AgreementFilter.none().withQuery(typed).words()) {
            SearchWords.Lookup lookup = SearchWords.lookup(word);
            if (lookup.latin() != null) {
                queryParts.add("search_latin_query('" + lookup.latin().replace("'", "''") + "')");
            }
            if (lookup.cjk() != null) {
                queryParts.add("CAST('" + lookup.cjk().replace("'", "''") + "' AS tsquery)");
            }
            if (lookup.exact() || !lookup.indexed()) {
                exact.add("'" + word.replace("'", "''") + "'");
            }
        }
        try (Connection connection = DriverManager.getConnection(url, username, password);
                Statement statement = connection.createStatement()) {
            String body;
            String settings;
            try (ResultSet rs = statement.executeQuery(
                    "SELECT prosrc, array_to_string(proconfig, ';') FROM pg_proc WHERE proname = 'agreement_search_matches'")) {
                rs.next();
                body = rs.getString(1).replaceAll("\\bquery\\b", "\\$1").replaceAll("\\bexact\\b", "\\$2")
                        .replaceAll("\\bvisible\\b", "\\$3").replaceAll("\\bmax\\b", "\\$4");
                settings = rs.getString(2);
            }
            for (String setting : settings.split(";")) {
                String[] pair = setting.split("=", 2);
                statement.execute("SET " + pair[0] + " = '" + pair[1] + "'");
            }
            statement.execute("PREPARE matches(tsquery, text[], text[], integer) AS " + body);
            StringBuilder plan = new StringBuilder();
            try (ResultSet rs = statement.executeQuery("EXPLAIN (ANALYZE, BUFFERS) EXECUTE matches("
                    + String.join(" && ", queryParts) + ", CAST(ARRAY[" + String.join(", ", exact) + "] AS text[]), ARRAY['PUBLISHED'], NULL)")) {
                while (rs.next()) {
                    plan.append(rs.getString(1)).append('\n');
                }
            }
            return plan.toString();
        }
    }

    @Test
    void facetCountsOfSearchesReadTheMatchesOnceThroughTheSearchDocumentsIndex() throws SQLException {
        for (String typed : List.of("resilience", "ljubljana", "観光振興", "防災", "tourism 防災")) {
            AgreementFilter filter = AgreementFilter.none().withQuery(typed);
            EXECUTED.clear();
            new AgreementFacetQueries(jdbc).facets(filter, Audience.PUBLIC);
            // Every facet and the total from one statement: the matches are read once, not per facet.
            assertThat(EXECUTED).as(typed).hasSize(1);
            new AgreementFacetQueries(jdbc).facets(filter.withPartner(bigPartner).withType(AgreementType.JOINT_STATEMENT), Audience.PUBLIC);
            assertPlansAvoidSequentialScan("facet counts of " + typed);
        }
    }

    @Test
    void twoCharacterJapaneseWordsFindExactlyWhatTheyWouldFindInTheFullText() {
        long viaIndex = queries.count(AgreementFilter.none().withQuery("防災"), Audience.PUBLIC);
        long byReading = JdbcClient.create(new SimpleDriverDataSource(new org.postgresql.Driver(), url, username, password))
                .sql("SELECT count(*) FROM agreement WHERE visibility = 'PUBLISHED' AND search_text LIKE '%防災%'")
                .query(Long.class)
                .single();
        assertThat(viaIndex).isEqualTo(byReading).isGreaterThan(10_000);
    }

    @Test
    void staffListingsUseIndexesToo() throws SQLException {
        for (Plan plan : Plan.values()) {
            assertNoSequentialScan(AgreementFilter.none().withQuery("resilience"), AgreementSort.NEWEST,
                    new PageQuery(0, 20), plan, Audience.STAFF);
            assertNoSequentialScan(AgreementFilter.none().withPartner(bigPartner), AgreementSort.NEWEST,
                    new PageQuery(0, 20), plan, Audience.STAFF);
        }
        EXECUTED.clear();
        queries.page(AgreementFilter.none(), AgreementSort.NEWEST, new PageQuery(0, 20), Audience.STAFF, Plan.MATCHES_FIRST,
                null);
        assertPlansAvoidSequentialScan("staff listing");
    }

    private static void assertNoSequentialScan(AgreementFilter filter, AgreementSort sort, PageQuery page, Plan plan)
            throws SQLException {
        assertNoSequentialScan(filter, sort, page, plan, Audience.PUBLIC);
    }

    private static void assertNoSequentialScan(AgreementFilter filter, AgreementSort sort, PageQuery page, Plan plan,
            Audience audience) throws SQLException {
        EXECUTED.clear();
        queries.page(filter, sort, page, audience, plan, null);
        if (audience == Audience.PUBLIC || filter.isFiltered()) {
            queries.count(filter, audience);
        }
        assertPlansAvoidSequentialScan(filter + " " + sort + " page " + page.page() + " " + plan + " " + audience);
    }

    /** Runs EXPLAIN on each statement just executed, with the same parameters. */
    private static void assertPlansAvoidSequentialScan(String what) throws SQLException {
        assertThat(EXECUTED).as(what).isNotEmpty();
        try (Connection connection = DriverManager.getConnection(url, username, password)) {
            for (QueryInfo query : List.copyOf(EXECUTED)) {
                try (PreparedStatement explain = connection.prepareStatement("EXPLAIN (FORMAT JSON) " + query.getQuery())) {
                    for (ParameterSetOperation operation : query.getParametersList().get(0)) {
                        operation.getMethod().invoke(explain, operation.getArgs());
                    }
                    try (ResultSet rs = explain.executeQuery()) {
                        rs.next();
                        JsonNode plan = JSON.readTree(rs.getString(1)).get(0).get("Plan");
                        List<String> scans = new ArrayList<>();
                        collectSequentialScansOfAgreement(plan, scans);
                        assertThat(scans).as(what + "\n" + query.getQuery() + "\n" + rs.getString(1)).isEmpty();
                    }
                }
                catch (ReflectiveOperationException ex) {
                    throw new IllegalStateException(ex);
                }
            }
        }
    }

    /** EXPLAIN ANALYZE of an executed statement with its parameters, as text. */
    private static String explainAnalyze(QueryInfo query) throws SQLException {
        try (Connection connection = DriverManager.getConnection(url, username, password);
                PreparedStatement explain = connection.prepareStatement("EXPLAIN (ANALYZE, BUFFERS) " + query.getQuery())) {
            for (ParameterSetOperation operation : query.getParametersList().get(0)) {
                operation.getMethod().invoke(explain, operation.getArgs());
            }
            StringBuilder plan = new StringBuilder();
            try (ResultSet rs = explain.executeQuery()) {
                while (rs.next()) {
                    plan.append(rs.getString(1)).append('\n');
                }
            }
            return plan.toString();
        }
        catch (ReflectiveOperationException ex) {
            throw new IllegalStateException(ex);
        }
    }

    private static void collectSequentialScansOfAgreement(JsonNode node, List<String> found) {
        if ("Seq Scan".equals(node.path("Node Type").asString()) && "agreement".equals(node.path("Relation Name").asString())) {
            found.add(node.toString());
        }
        for (JsonNode child : node.path("Plans")) {
            collectSequentialScansOfAgreement(child, found);
        }
    }

    private static String single(Statement statement, String sql) throws SQLException {
        try (ResultSet rs = statement.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }

    private static String resource(String path) {
        try {
            return new ClassPathResource(path).getContentAsString(StandardCharsets.UTF_8);
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    private static String withDatabase(String jdbcUrl, String name) {
        int slash = jdbcUrl.indexOf('/', "jdbc:postgresql://".length());
        int query = jdbcUrl.indexOf('?', slash);
        return jdbcUrl.substring(0, slash + 1) + name + (query < 0 ? "" : jdbcUrl.substring(query));
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
