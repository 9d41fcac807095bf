package org.citydiplomacy.portal.agreements;

import static org.assertj.core.api.Assertions.assertThat;

import org.citydiplomacy.portal.shared.Audience;
import org.citydiplomacy.portal.shared.PageQuery;
import org.citydiplomacy.portal.support.PortalTest;
import org.citydiplomacy.portal.support.StatementCounter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Listing counts are cached per data version: a repeated listing skips its count, and any
 * change to the records (committed or rolled back) makes the next listing count again.
 */
@PortalTest
class ListingCountsTest {

    private static final String CREATED_BY = "listing-counts-test";
    private static final PageQuery FIRST_ROW = new PageQuery(0, 1);

    @Autowired
    AgreementService agreements;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate transactions;

    @AfterEach
    void deleteAgreementsOfThisTest() {
        jdbc.sql("DELETE FROM agreement WHERE created_by = ?").params(CREATED_BY).update();
    }

    @Test
    void aRepeatedListingRunsOnlyItsPageStatement() {
        AgreementFilter filter = AgreementFilter.none().withQuery("memorandum");
        long first = total(filter);

        StatementCounter.reset();
        long second = total(filter);

        assertThat(second).isEqualTo(first);
        assertThat(StatementCounter.count()).isEqualTo(1);
    }

    @Test
    void aNewPublishedAgreementIsCountedAtOnce() {
        AgreementFilter filter = AgreementFilter.none().withQuery("memorandum");
        long before = total(filter);
        total(filter);

        insertPublished("Memorandum on counting");

        assertThat(total(filter)).isEqualTo(before + 1);
        assertThat(total(AgreementFilter.none())).isEqualTo(publishedInDatabase());
    }

    @Test
    void aRolledBackChangeLeavesNoCountBehind() {
        AgreementFilter filter = AgreementFilter.none().withQuery("memorandum");
        long before = total(filter);

        // A transaction that adds two agreements and reads the listing (counting under its own new
        // data version), then rolls back.
        transactions.executeWithoutResult(status -> {
            insertPublished("Memorandum never committed one");
            insertPublished("Memorandum never committed two");
            assertThat(total(filter)).isEqualTo(before + 2);
            status.setRollbackOnly();
        });
        assertThat(total(filter)).isEqualTo(before);

        // The next committed change must not find the rolled-back transaction's count.
        insertPublished("Memorandum committed");
        assertThat(total(filter)).isEqualTo(before + 1);
    }

    private long total(AgreementFilter filter) {
        return agreements.search(filter, AgreementSort.NEWEST, FIRST_ROW, Audience.PUBLIC).page().totalElements();
    }

    private void insertPublished(String title) {
        jdbc.sql("""
                INSERT INTO agreement (type, title, signed_on, signed_on_precision, status, visibility, created_by)
                VALUES ('OTHER', ?, DATE '2020-01-01', 'DAY', 'UNKNOWN', 'PUBLISHED', ?)""")
                .params(title, CREATED_BY)
                .update();
    }

    private long publishedInDatabase() {
        return jdbc.sql("SELECT count(*) FROM agreement WHERE visibility = 'PUBLISHED'").query(Long.class).single();
    }
}
