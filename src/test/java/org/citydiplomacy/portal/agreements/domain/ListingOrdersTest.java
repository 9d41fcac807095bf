package org.citydiplomacy.portal.agreements.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.citydiplomacy.portal.agreements.domain.ListingReads.currentVersion;
import static org.citydiplomacy.portal.agreements.domain.ListingReads.ids;
import static org.citydiplomacy.portal.agreements.domain.ListingReads.offsetOnly;
import static org.citydiplomacy.portal.agreements.domain.ListingReads.published;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.LongSupplier;

import javax.sql.DataSource;

import net.ttddyy.dsproxy.support.ProxyDataSourceBuilder;

import org.citydiplomacy.portal.agreements.AgreementFilter;
import org.citydiplomacy.portal.agreements.AgreementSort;
import org.citydiplomacy.portal.agreements.domain.AgreementListingQueries.Plan;
import org.citydiplomacy.portal.shared.Audience;
import org.citydiplomacy.portal.shared.DataVersion;
import org.citydiplomacy.portal.shared.PageQuery;
import org.citydiplomacy.portal.support.PortalTest;
import org.citydiplomacy.portal.support.RecordFixtures;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A page of the public listing read by its ids from the whole listing's order is the page that
 * OFFSET gives, in every order, drafts left out; an order read at another data version is never
 * used, whether the version moved before the page was asked for or while it was being read, or was not
 * read by the request at all.
 */
@PortalTest
class ListingOrdersTest {

    private static final int SIZE = 3;
    private static final AgreementFilter ALL = AgreementFilter.none();
    /** A page past {@link AgreementListingQueries#DIRECT_SKIP} rows. */
    private static final int DEEP_PAGE = 11;
    private static final int DEEP_SIZE = 20;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DataSource dataSource;

    /** The statements run through {@link #watched}. */
    final List<String> executed = new CopyOnWriteArrayList<>();
    JdbcClient watched;

    RecordFixtures fixtures;

    @BeforeEach
    void agreementsSignedOnOneDayAndADraft() {
        fixtures = new RecordFixtures(jdbc);
        watched = JdbcClient.create(ProxyDataSourceBuilder.create(dataSource)
                .afterQuery((execution, queries) -> queries.forEach(query -> executed.add(query.getQuery())))
                .build());
        for (int i = 0; i < 7; i++) {
            fixtures.agreement("Orders test agreement " + i, "じゅんばん" + i, "PUBLISHED", "rome", "MEMORANDUM_OF_UNDERSTANDING",
                    LocalDate.of(2001, 4, 1));
        }
        fixtures.agreement("Orders test draft", "したがき", "DRAFT", "rome", "MEMORANDUM_OF_UNDERSTANDING", LocalDate.of(2001, 4, 1));
    }

    @AfterEach
    void cleanUp() {
        fixtures.deleteAll();
    }

    /** Orders read through the watched client, the version they read when they need one too, so that both are counted. */
    private ListingOrders watchedOrders() {
        return new ListingOrders(watched, new ListingCounts(), () -> currentVersion(watched));
    }

    @ParameterizedTest
    @EnumSource(names = { "NEWEST", "OLDEST" })
    void pagesReadByTheirIdsAreThePagesOfOffset(AgreementSort sort) {
        ListingOrders orders = watchedOrders();
        ListingOrders.Order order = orders.at(Audience.PUBLIC, currentVersion(jdbc));
        assertThat(order.version()).isEqualTo(currentVersion(jdbc));
        assertThat(order.ids()).hasSize((int) published(jdbc));
        AgreementListingQueries ordered = new AgreementListingQueries(watched, new ListingMarks(), orders, () -> currentVersion(jdbc));

        int pages = (int) (published(jdbc) + SIZE - 1) / SIZE;
        for (int p = 1; p < pages; p++) {
            assertThat(orders.kept(Audience.PUBLIC, currentVersion(jdbc))).isSameAs(order);
            executed.clear();
            assertThat(ids(ordered, sort, p, SIZE)).as("page %d", p).isEqualTo(ids(offsetOnly(jdbc), sort, p, SIZE)).isNotEmpty()
                    .doesNotContainAnyElementsOf(drafts());
            assertThat(executed).as("page %d: one statement, by ids", p).singleElement().asString().contains("a.id = ANY(");
        }
    }

    @ParameterizedTest
    @EnumSource(names = { "NEWEST", "OLDEST" })
    void anOrderReadBeforeAChangeIsNotUsed(AgreementSort sort) {
        ListingOrders orders = watchedOrders();
        long before = currentVersion(jdbc);
        orders.at(Audience.PUBLIC, before);
        fixtures.agreement("Orders test agreement after the order", "あと", "PUBLISHED", "rome", "JOINT_STATEMENT",
                LocalDate.of(2001, 4, 1));
        assertThat(currentVersion(jdbc)).isGreaterThan(before);

        // The version moved before the page was asked for: the order is not kept for it.
        AgreementListingQueries now = new AgreementListingQueries(jdbc, new ListingMarks(), orders, () -> currentVersion(jdbc));
        assertThat(ids(now, sort, 1, SIZE)).isEqualTo(ids(offsetOnly(jdbc), sort, 1, SIZE));
        // The version moved while the page was read (its request saw the old one): the page says which
        // version it was read at, and the rows are read again the usual way.
        LongSupplier seenBefore = () -> before;
        AgreementListingQueries racing = new AgreementListingQueries(watched, new ListingMarks(), orders, seenBefore);
        assertThat(orders.kept(Audience.PUBLIC, before)).isNotNull();
        for (int p = 1; p < 3; p++) {
            executed.clear();
            assertThat(ids(racing, sort, p, SIZE)).as("page %d", p).isEqualTo(ids(offsetOnly(jdbc), sort, p, SIZE));
            assertThat(executed).as("page %d: by ids, then again", p).hasSize(2);
            assertThat(executed.get(0)).contains("a.id = ANY(");
        }
    }

    @ParameterizedTest
    @EnumSource(names = { "NEWEST", "OLDEST" })
    void withoutAVersionReadTheNewestOrderIsTriedAndCheckedByThePage(AgreementSort sort) {
        ListingOrders orders = watchedOrders();
        orders.at(Audience.PUBLIC, currentVersion(jdbc));
        AgreementListingQueries unread = new AgreementListingQueries(watched, new ListingMarks(), orders, () -> DataVersion.UNKNOWN);
        executed.clear();
        assertThat(ids(unread, sort, 1, SIZE)).isEqualTo(ids(offsetOnly(jdbc), sort, 1, SIZE));
        assertThat(executed).as("one statement, by ids, no version read first").singleElement().asString().contains("a.id = ANY(");

        fixtures.agreement("Orders test agreement after the order", "あと", "PUBLISHED", "rome", "JOINT_STATEMENT",
                LocalDate.of(2001, 4, 1));
        for (int p = 1; p < 3; p++) {
            executed.clear();
            assertThat(ids(unread, sort, p, SIZE)).as("page %d after a change", p).isEqualTo(ids(offsetOnly(jdbc), sort, p, SIZE));
            assertThat(executed).as("page %d: by the old order's ids, then the usual way", p).hasSize(2);
            assertThat(executed.get(0)).contains("a.id = ANY(");
        }
    }

    @ParameterizedTest
    @EnumSource(names = { "NEWEST", "OLDEST" })
    void aDeepPageWithoutAVersionReadReadsTheOrderAgainAfterAChange(AgreementSort sort) {
        ListingOrders orders = watchedOrders();
        // The order of a shorter listing, before the rows below: the deep page is past its end.
        orders.at(Audience.PUBLIC, currentVersion(jdbc));
        for (long n = published(jdbc); n < (DEEP_PAGE + 2) * DEEP_SIZE; n++) {
            fixtures.agreement("Orders test deep agreement " + n, "ふかい" + n, "PUBLISHED", "rome", "MEMORANDUM_OF_UNDERSTANDING",
                    LocalDate.of(1990, 1, 1).plusDays(n));
        }
        AgreementListingQueries unread = new AgreementListingQueries(watched, new ListingMarks(), orders, () -> DataVersion.UNKNOWN);
        executed.clear();
        assertThat(ids(unread, sort, DEEP_PAGE, DEEP_SIZE)).isEqualTo(ids(offsetOnly(jdbc), sort, DEEP_PAGE, DEEP_SIZE)).hasSize(DEEP_SIZE);
        assertThat(executed).as("past the end of the older order: the version, the order at it, the page by ids").hasSize(3);
        executed.clear();
        assertThat(ids(unread, sort, DEEP_PAGE + 1, DEEP_SIZE)).isEqualTo(ids(offsetOnly(jdbc), sort, DEEP_PAGE + 1, DEEP_SIZE));
        assertThat(executed).as("the page by ids alone").singleElement().asString().contains("a.id = ANY(");

        fixtures.agreement("Orders test agreement after the order", "あと", "PUBLISHED", "rome", "JOINT_STATEMENT",
                LocalDate.of(2001, 4, 1));
        executed.clear();
        assertThat(ids(unread, sort, DEEP_PAGE, DEEP_SIZE)).isEqualTo(ids(offsetOnly(jdbc), sort, DEEP_PAGE, DEEP_SIZE));
        assertThat(executed).as("by the old order's ids, the order at the version seen, by its ids").hasSize(3);
        assertThat(orders.kept(Audience.PUBLIC, currentVersion(jdbc))).isNotNull();
        executed.clear();
        assertThat(ids(unread, sort, DEEP_PAGE + 1, DEEP_SIZE)).isEqualTo(ids(offsetOnly(jdbc), sort, DEEP_PAGE + 1, DEEP_SIZE));
        assertThat(executed).as("the page by ids alone again").singleElement().asString().contains("a.id = ANY(");
    }

    @Test
    void theTitleOrderAndStaffListingsAreNotReadByIds() {
        ListingOrders orders = watchedOrders();
        orders.at(Audience.PUBLIC, currentVersion(jdbc));
        orders.at(Audience.STAFF, currentVersion(jdbc));
        AgreementListingQueries ordered = new AgreementListingQueries(watched, new ListingMarks(), orders, () -> currentVersion(jdbc));
        executed.clear();
        assertThat(ids(ordered, AgreementSort.TITLE, 1, SIZE)).isEqualTo(ids(offsetOnly(jdbc), AgreementSort.TITLE, 1, SIZE));
        ordered.page(ALL, AgreementSort.NEWEST, new PageQuery(1, SIZE), Audience.STAFF, Plan.MATCHES_FIRST, null);
        assertThat(executed).hasSize(2).noneMatch(sql -> sql.contains("a.id = ANY("));
    }

    private List<Long> drafts() {
        return jdbc.sql("SELECT id FROM agreement WHERE visibility <> 'PUBLISHED'").query(Long.class).list();
    }
}
