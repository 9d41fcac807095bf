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
 * used, whether the version moved before the page was asked for or while it was being read.
 */
@PortalTest
class ListingOrdersTest {

    private static final int SIZE = 3;
    private static final AgreementFilter ALL = AgreementFilter.none();

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

    @ParameterizedTest
    @EnumSource(names = { "NEWEST", "OLDEST" })
    void pagesReadByTheirIdsAreThePagesOfOffset(AgreementSort sort) {
        ListingOrders orders = new ListingOrders(watched, new ListingCounts());
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
        ListingOrders orders = new ListingOrders(watched, new ListingCounts());
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

    @Test
    void theTitleOrderAndStaffListingsAreNotReadByIds() {
        ListingOrders orders = new ListingOrders(watched, new ListingCounts());
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
