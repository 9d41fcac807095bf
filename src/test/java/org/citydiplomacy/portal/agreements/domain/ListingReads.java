package org.citydiplomacy.portal.agreements.domain;

import java.util.List;

import org.citydiplomacy.portal.agreements.AgreementFilter;
import org.citydiplomacy.portal.agreements.AgreementSort;
import org.citydiplomacy.portal.agreements.AgreementSummary;
import org.citydiplomacy.portal.agreements.domain.AgreementListingQueries.Plan;
import org.citydiplomacy.portal.shared.Audience;
import org.citydiplomacy.portal.shared.PageQuery;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The public listing as the listing's tests read it: pages by OFFSET to compare with, and what it holds. */
final class ListingReads {

    private ListingReads() {
    }

    /** The ids of a page of the whole public listing. */
    static List<Long> ids(AgreementListingQueries queries, AgreementSort sort, int page, int size) {
        return queries.page(AgreementFilter.none(), sort, new PageQuery(page, size), Audience.PUBLIC, Plan.MATCHES_FIRST,
                        null).rows()
                .stream().map(AgreementSummary::id).toList();
    }

    /** Pages read by OFFSET on the listing's index: no marks, no whole order. */
    static AgreementListingQueries offsetOnly(JdbcClient jdbc) {
        return new AgreementListingQueries(jdbc, new ListingMarks());
    }

    static long published(JdbcClient jdbc) {
        return jdbc.sql("SELECT count(*) FROM agreement WHERE visibility = 'PUBLISHED'").query(Long.class).single();
    }

    static long currentVersion(JdbcClient jdbc) {
        return jdbc.sql("SELECT version FROM data_version WHERE id").query(Long.class).single();
    }
}
