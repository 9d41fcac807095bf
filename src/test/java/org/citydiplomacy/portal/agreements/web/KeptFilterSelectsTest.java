package org.citydiplomacy.portal.agreements.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Locale;

import org.citydiplomacy.portal.agreements.AgreementFilter;
import org.citydiplomacy.portal.agreements.AgreementListing;
import org.citydiplomacy.portal.agreements.AgreementService;
import org.citydiplomacy.portal.agreements.AgreementSort;
import org.citydiplomacy.portal.agreements.AgreementType;
import org.citydiplomacy.portal.shared.Audience;
import org.citydiplomacy.portal.shared.PageQuery;
import org.citydiplomacy.portal.support.PortalTest;
import org.citydiplomacy.portal.support.RecordFixtures;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The listing's filter selects are built once per data version, filter and language: every page of
 * a filter gets the same ones, a save gives new ones with the new counts, and each language has its own.
 */
@PortalTest
class KeptFilterSelectsTest {

    @Autowired
    KeptFilterSelects kept;

    @Autowired
    AgreementService agreements;

    @Autowired
    JdbcClient jdbc;

    RecordFixtures fixtures = null;

    @AfterEach
    void cleanUp() {
        if (fixtures != null) {
            fixtures.deleteAll();
        }
    }

    @Test
    void everyPageOfAFilterReusesTheSelectsOfItsDataVersion() {
        AgreementFilter filter = AgreementFilter.none();
        AgreementFilterSelects first = selects(filter, 0, Locale.ENGLISH);
        AgreementFilterSelects third = selects(filter, 2, Locale.ENGLISH);

        assertThat(third).isSameAs(first);
    }

    @Test
    void aSaveGivesSelectsWithTheNewCounts() {
        AgreementFilter filter = AgreementFilter.none();
        AgreementFilterSelects before = selects(filter, 0, Locale.ENGLISH);

        fixtures = new RecordFixtures(jdbc);
        fixtures.agreement("Selects test agreement", "選択テスト", "PUBLISHED", "rome", "MEMORANDUM_OF_UNDERSTANDING",
                LocalDate.of(1901, 6, 1));
        AgreementFilterSelects after = selects(filter, 0, Locale.ENGLISH);

        assertThat(after).isNotSameAs(before);
        assertThat(before.from().optionsHtml()).doesNotContain("<option value=\"1901\">");
        assertThat(after.from().optionsHtml()).contains("<option value=\"1901\">1901 (");
    }

    @Test
    void eachLanguageHasItsOwnSelects() {
        AgreementFilter filter = AgreementFilter.none();
        AgreementFilterSelects english = selects(filter, 0, Locale.ENGLISH);
        AgreementFilterSelects japanese = selects(filter, 0, Locale.JAPANESE);

        assertThat(english.type().optionsHtml()).contains("Memorandum of understanding (");
        assertThat(japanese.type().optionsHtml()).contains("（").doesNotContain("Memorandum of understanding");
        assertThat(selects(filter, 1, Locale.JAPANESE)).isSameAs(japanese);
    }

    @Test
    void aFilterIsKeptFromItsSecondRequestOn() {
        // A filter no other test asks for: the first request's selects are made and not kept.
        AgreementFilter filter = AgreementFilter.none().withPartner("rome").withType(AgreementType.JOINT_STATEMENT);
        AgreementFilterSelects first = selects(filter, 0, Locale.ENGLISH);
        AgreementFilterSelects second = selects(filter, 1, Locale.ENGLISH);
        AgreementFilterSelects third = selects(filter, 2, Locale.ENGLISH);

        assertThat(second).isNotSameAs(first);
        assertThat(second.partner().optionsHtml()).isEqualTo(first.partner().optionsHtml());
        assertThat(third).isSameAs(second);
    }

    @Test
    void theChosenOptionIsSelectedInTheSelectsOfItsFilter() {
        AgreementFilterSelects rome = selects(AgreementFilter.none().withPartner("rome"), 0, Locale.ENGLISH);
        AgreementFilterSelects all = selects(AgreementFilter.none(), 0, Locale.ENGLISH);

        assertThat(rome.partner().optionsHtml()).contains("<option value=\"rome\" selected=\"selected\">");
        assertThat(all.partner().optionsHtml()).doesNotContain("selected");
    }

    private AgreementFilterSelects selects(AgreementFilter filter, int page, Locale locale) {
        AgreementListing listing = agreements.listing(filter, AgreementSort.NEWEST, new PageQuery(page, 5),
                Audience.PUBLIC);
        return kept.of(listing, Audience.PUBLIC, filter, null, null, null, locale);
    }
}
