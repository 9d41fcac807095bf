package org.citydiplomacy.portal.agreements.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.citydiplomacy.portal.agreements.domain.ListingReads.currentVersion;
import static org.citydiplomacy.portal.agreements.domain.ListingReads.ids;
import static org.citydiplomacy.portal.agreements.domain.ListingReads.offsetOnly;
import static org.citydiplomacy.portal.agreements.domain.ListingReads.published;

import java.time.LocalDate;
import java.util.List;

import org.citydiplomacy.portal.agreements.AgreementFilter;
import org.citydiplomacy.portal.agreements.AgreementSort;
import org.citydiplomacy.portal.agreements.AgreementSummary;
import org.citydiplomacy.portal.agreements.domain.AgreementListingQueries.Plan;
import org.citydiplomacy.portal.shared.Audience;
import org.citydiplomacy.portal.shared.PageQuery;
import org.citydiplomacy.portal.support.PortalTest;
import org.citydiplomacy.portal.support.RecordFixtures;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A deep page read from the nearest row seen before it (a keyset seek) gives exactly the rows that
 * OFFSET gives, in every order, including rows that share a signing date; a row seen at another
 * data version is not used.
 */
@PortalTest
class ListingMarksTest {

    private static final int SIZE = 3;
    private static final AgreementFilter ALL = AgreementFilter.none();

    @Autowired
    JdbcClient jdbc;

    RecordFixtures fixtures;

    @BeforeEach
    void agreementsSignedOnOneDay() {
        fixtures = new RecordFixtures(jdbc);
        for (int i = 0; i < 7; i++) {
            fixtures.agreement("Marks test agreement " + i, "しるし" + i, "PUBLISHED", "rome", "MEMORANDUM_OF_UNDERSTANDING",
                    LocalDate.of(2001, 4, 1));
        }
    }

    @AfterEach
    void cleanUp() {
        fixtures.deleteAll();
    }

    @ParameterizedTest
    @EnumSource(AgreementSort.class)
    void pagesReadFromMarksAreThePagesOfOffset(AgreementSort sort) {
        int pages = (int) (published(jdbc) + SIZE - 1) / SIZE;
        ListingMarks marks = new ListingMarks();
        AgreementListingQueries seeking = new AgreementListingQueries(jdbc, marks);
        for (int p = 0; p < pages; p++) {
            seeking.page(ALL, sort, new PageQuery(p, SIZE), Audience.PUBLIC, Plan.MATCHES_FIRST, null);
        }

        for (int p = pages - 1; p > 0; p--) {
            assertThat(marks.before(ALL, Audience.PUBLIC, sort, (long) p * SIZE)).isPresent();
            assertThat(ids(seeking, sort, p, SIZE)).as("page %d", p).isEqualTo(ids(offsetOnly(jdbc), sort, p, SIZE));
        }
    }

    @ParameterizedTest
    @EnumSource(AgreementSort.class)
    void aRowSeenAtAnotherDataVersionIsNotUsed(AgreementSort sort) {
        List<AgreementSummary> first = offsetOnly(jdbc).page(ALL, sort, new PageQuery(0, SIZE), Audience.PUBLIC,
                Plan.MATCHES_FIRST, null).rows();
        Object firstValue = jdbc.sql("SELECT " + sort.sortValue() + " FROM agreement a WHERE a.id = :id")
                .param("id", first.get(0).id()).query().singleValue();
        if (firstValue instanceof java.sql.Date date) {
            firstValue = date.toLocalDate();
        }
        // The first row said to be at position 5, as an earlier version might have had it: trusted,
        // page 2 would start after it, with the second row.
        ListingMarks marks = new ListingMarks();
        marks.remember(ALL, Audience.PUBLIC, sort, currentVersion(jdbc) - 1,
                new ListingMarks.Mark(2 * SIZE - 1, firstValue, first.get(0).id()));

        assertThat(ids(new AgreementListingQueries(jdbc, marks), sort, 2, SIZE)).isEqualTo(ids(offsetOnly(jdbc), sort, 2, SIZE));
    }
}
