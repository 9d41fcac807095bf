package org.citydiplomacy.portal.agreements.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.citydiplomacy.portal.agreements.AgreementFilter;
import org.citydiplomacy.portal.agreements.AgreementService;
import org.citydiplomacy.portal.agreements.AgreementSort;
import org.citydiplomacy.portal.shared.Audience;
import org.citydiplomacy.portal.shared.PageQuery;
import org.citydiplomacy.portal.support.Pdfs;
import org.citydiplomacy.portal.support.PortalTest;
import org.citydiplomacy.portal.support.RecordFixtures;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Documents stored before text extraction are read once after start-up, and then found. */
@PortalTest
class DocumentTextBackfillTest {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DocumentTextBackfill backfill;

    @Autowired
    AgreementService agreements;

    RecordFixtures fixtures;

    @AfterEach
    void cleanUp() {
        if (fixtures != null) {
            fixtures.deleteAll();
        }
    }

    @Test
    void readsEachDocumentStoredWithoutItsTextOnceAndMakesItFindable() {
        fixtures = new RecordFixtures(jdbc);
        String word = "zqxbackfill" + System.nanoTime() % 100_000;
        long agreement = fixtures.agreement("Older agreement " + word.toUpperCase(), null, "PUBLISHED", "rome",
                "MEMORANDUM_OF_UNDERSTANDING", java.time.LocalDate.of(2001, 1, 1));
        String inside = "inside" + word;
        long document = fixtures.document(agreement, "en", "older.pdf", Pdfs.withText("Stored long ago: " + inside),
                "PUBLISHED");
        AgreementFilter filter = AgreementFilter.none().withQuery(inside);
        assertThat(agreements.search(filter, AgreementSort.NEWEST, new PageQuery(0, 20), Audience.PUBLIC).content())
                .isEmpty();

        assertThat(backfill.readAllUnread()).isEqualTo(1);
        assertThat(backfill.readAllUnread()).isZero();

        assertThat(jdbc.sql("SELECT extracted_text FROM agreement_document WHERE id = :id").param("id", document)
                .query(String.class).single()).isEqualTo("Stored long ago: " + inside);
        assertThat(agreements.search(filter, AgreementSort.NEWEST, new PageQuery(0, 20), Audience.PUBLIC).content())
                .singleElement().satisfies(a -> assertThat(a.id()).isEqualTo(agreement));
    }
}
