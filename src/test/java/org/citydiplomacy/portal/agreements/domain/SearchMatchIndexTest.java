package org.citydiplomacy.portal.agreements.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.citydiplomacy.portal.agreements.AgreementFacets;
import org.citydiplomacy.portal.agreements.AgreementFilter;
import org.citydiplomacy.portal.agreements.AgreementSort;
import org.citydiplomacy.portal.agreements.domain.AgreementListingQueries.Plan;
import org.citydiplomacy.portal.shared.Audience;
import org.citydiplomacy.portal.shared.DataVersion;
import org.citydiplomacy.portal.shared.PageQuery;
import org.citydiplomacy.portal.support.PortalTest;
import org.citydiplomacy.portal.support.StatementCounter;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;

/**
 * The public listing's searches answered through a snapshot of the listing ({@link SearchMatchIndex}) give
 * what the database's statements give: on the seed's words, alone, in pairs, typed halfway and with a
 * letter or punctuation checked as typed, Latin and CJK, the same total, facet counts and rows (excerpts
 * included), newest and oldest first, first and later pages; drafts are not among them; and a snapshot of
 * another data version answers nothing.
 */
@PortalTest
class SearchMatchIndexTest {

    /** The seed's words: each Latin word and its first letters, pairs of neighbours, and CJK runs of two and four. */
    private static final String SEARCHES = "WITH " + SeedWords.LATIN + ",\n" + """
            cjk AS (
                SELECT DISTINCT substr(m.runs[1], 1, n) AS w
                  FROM agreement a, regexp_matches(a.search_text, '[ぁ-ヿ一-鿿]{4,}', 'g') AS m(runs),
                       generate_series(2, 4, 2) n)
            (SELECT w FROM words ORDER BY md5(w) LIMIT 150)
            UNION ALL
            (SELECT left(w, length(w) - 2) FROM words WHERE length(w) >= 6 ORDER BY md5(w) LIMIT 60)
            UNION ALL
            (SELECT w || ' ' || next FROM (SELECT w, lead(w) OVER (ORDER BY md5(w)) AS next FROM words) p
              WHERE next IS NOT NULL LIMIT 60)
            UNION ALL
            (SELECT w FROM cjk ORDER BY md5(w) LIMIT 60)
            UNION ALL
            -- Checked as typed too: one letter, a hyphen, one CJK character.
            VALUES ('tokyo a'), ('e-mail'), ('co-operation'), ('東京 都'), ('sister-city')
            """;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DataVersion dataVersion;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    AgreementFacetQueries facetQueries;

    @Autowired
    AgreementListingQueries listingQueries;

    @Autowired
    SearchMatchIndex searches;

    @Autowired
    MockMvc mvc;

    @Test
    void answersAsTheDatabaseDoes() {
        answersAsTheDatabaseDoes(index());
    }

    @Test
    void answersAsTheDatabaseDoesWithTheMatchesFoundByTheDatabase() {
        SearchMatchIndex index = new SearchMatchIndex(jdbc, transactions, dataVersion, listingQueries, true, false, Runnable::run);
        index.refresh(Audience.PUBLIC);
        assertThat(index.lexicon()).isNull();
        answersAsTheDatabaseDoes(index);
    }

    private void answersAsTheDatabaseDoes(SearchMatchIndex index) {
        List<String> searches = jdbc.sql(SEARCHES).query(String.class).list();
        List<String> answered = new ArrayList<>();
        List<String> fromLexicon = new ArrayList<>();
        for (String words : searches) {
            AgreementFilter filter = AgreementFilter.none().withQuery(words);
            for (AgreementSort sort : new AgreementSort[] { AgreementSort.NEWEST, AgreementSort.OLDEST }) {
                for (PageQuery page : new PageQuery[] { new PageQuery(0, 20), new PageQuery(1, 5) }) {
                    StatementCounter.reset();
                    Optional<SearchMatchIndex.Found> found = index.find(filter, sort, page, Audience.PUBLIC);
                    if (found.isEmpty()) {
                        continue;
                    }
                    if (StatementCounter.statements().get(0).contains("AS query")) {
                        fromLexicon.add(words);
                    }
                    var facets = facetQueries.facets(filter, Audience.PUBLIC);
                    assertThat(found.get().facets()).as("facets of %s", words).isEqualTo(facets);
                    assertThat(found.get().total()).as("total of %s", words).isEqualTo(facets.total());
                    assertThat(found.get().rows()).as("%s, %s, page %s", words, sort, page.page())
                            .isEqualTo(listingQueries.page(filter, sort, page, Audience.PUBLIC, Plan.MATCHES_FIRST, null).rows());
                    answered.add(words);
                }
            }
        }
        assertThat(searches).hasSizeGreaterThan(250);
        assertThat(answered.stream().distinct().count()).as("searches answered from the matches kept")
                .isGreaterThan(searches.size() * 9 / 10);
        assertThat(fromLexicon.stream().distinct().count()).as("searches worked out from the lexicon")
                .isGreaterThan(index.lexicon() == null ? -1 : searches.size() * 8 / 10)
                .isLessThanOrEqualTo(index.lexicon() == null ? 0 : searches.size());
        assertThat(answered).as("some with results").anyMatch(w -> !listingQueries.page(AgreementFilter.none().withQuery(w),
                AgreementSort.NEWEST, new PageQuery(0, 1), Audience.PUBLIC, Plan.MATCHES_FIRST, null).rows().isEmpty());
    }

    @Test
    @Transactional
    void leavesDraftsOut() {
        List<Long> published = jdbc.sql("SELECT id FROM agreement WHERE visibility = 'PUBLISHED' ORDER BY id LIMIT 2")
                .query(Long.class).list();
        jdbc.sql("UPDATE agreement SET title = title || ' Zyxwvutian' WHERE id IN (:ids)").param("ids", published).update();
        jdbc.sql("UPDATE agreement SET visibility = 'DRAFT' WHERE id = ?").param(published.get(0)).update();
        SearchMatchIndex index = index();

        SearchMatchIndex.Found found = index.find(AgreementFilter.none().withQuery("zyxwvut"), AgreementSort.NEWEST,
                new PageQuery(0, 20), Audience.PUBLIC).orElseThrow();

        assertThat(found.total()).isEqualTo(1);
        assertThat(found.rows()).extracting(r -> r.id()).containsExactly(published.get(1));
        assertThat(found.facets().partners()).allSatisfy(p -> assertThat(p.count()).isEqualTo(1));
    }

    @Test
    @Transactional
    void catchesUpWithTheAgreementsChangedSinceItsWordsWereRead() {
        SearchMatchIndex index = index();
        SearchLexicon before = index.lexicon();
        List<Long> published = jdbc.sql("SELECT id FROM agreement WHERE visibility = 'PUBLISHED' ORDER BY id LIMIT 3")
                .query(Long.class).list();
        jdbc.sql("UPDATE agreement SET title = title || ' Qwertyuian' WHERE id IN (:ids)").param("ids", published).update();
        jdbc.sql("UPDATE agreement SET visibility = 'DRAFT' WHERE id = ?").param(published.get(0)).update();
        jdbc.sql("UPDATE agreement SET title = replace(title, 'Qwertyuian', 'Asdfghian') WHERE id = ?")
                .param(published.get(2)).update();

        index.refresh(Audience.PUBLIC);

        assertThat(index.lexicon()).as("read again from the changes alone").isNotSameAs(before);
        assertThat(index.lexicon().version).isEqualTo(dataVersion.current());
        assertThat(index.lexicon().wordCount()).isGreaterThan(before.wordCount());
        SearchMatchIndex.Found found = index.find(AgreementFilter.none().withQuery("qwertyu"), AgreementSort.NEWEST,
                new PageQuery(0, 20), Audience.PUBLIC).orElseThrow();
        assertThat(found.rows()).extracting(r -> r.id()).containsExactly(published.get(1));
        assertThat(index.find(AgreementFilter.none().withQuery("asdfgh"), AgreementSort.NEWEST, new PageQuery(0, 20),
                Audience.PUBLIC).orElseThrow().rows()).extracting(r -> r.id()).containsExactly(published.get(2));
        answersAsTheDatabaseDoes(index);
    }

    @Test
    @Transactional
    void pagesThroughMoreMatchesThanAreCountedInTheListingsOrder() {
        jdbc.sql("""
                INSERT INTO agreement (type, title, signed_on, signed_on_precision, status, visibility)
                SELECT 'OTHER', 'Zephyrlimit memorandum ' || n, DATE '2001-01-01' + n % 700, 'DAY', 'IN_FORCE',
                       CASE WHEN n % 50 = 0 THEN 'DRAFT' ELSE 'PUBLISHED' END
                  FROM generate_series(1, :count) n""")
                .param("count", AgreementFacets.SEARCH_COUNT_LIMIT + 100).update();
        SearchMatchIndex index = index();
        AgreementFilter filter = AgreementFilter.none().withQuery("zephyrlim");
        for (AgreementSort sort : new AgreementSort[] { AgreementSort.NEWEST, AgreementSort.OLDEST }) {
            for (PageQuery page : new PageQuery[] { new PageQuery(0, 20), new PageQuery(7, 20), new PageQuery(99, 20) }) {
                StatementCounter.reset();
                SearchMatchIndex.Found found = index.find(filter, sort, page, Audience.PUBLIC).orElseThrow();
                assertThat(StatementCounter.statements().get(0)).contains("AS query");
                assertThat(found.total()).isEqualTo(AgreementFacets.SEARCH_COUNT_LIMIT + 1);
                assertThat(found.facets()).isEqualTo(AgreementFacets.uncounted(AgreementFacets.SEARCH_COUNT_LIMIT));
                assertThat(found.rows()).as("%s, page %s", sort, page.page()).hasSize(20)
                        .isEqualTo(listingQueries.page(filter, sort, page, Audience.PUBLIC, Plan.MATCHES_FIRST, null).rows());
            }
        }
    }

    @Test
    @Transactional
    void answersNothingAtAnotherVersion() {
        SearchMatchIndex index = index();
        AgreementFilter filter = AgreementFilter.none().withQuery("tokyo");
        PageQuery first = new PageQuery(0, 20);
        assertThat(index.find(filter, AgreementSort.NEWEST, first, Audience.PUBLIC)).isPresent();

        jdbc.sql("UPDATE data_version SET version = nextval('data_version_seq') WHERE id").update();

        // The first search at the new version asks for its snapshot (read here at once), and is the database's.
        assertThat(index.find(filter, AgreementSort.NEWEST, first, Audience.PUBLIC)).isEmpty();
        assertThat(index.snapshot().version).isEqualTo(dataVersion.current());
        assertThat(index.find(filter, AgreementSort.NEWEST, first, Audience.PUBLIC)).isPresent();
    }

    @Test
    void leavesToTheDatabaseWhatItCannotAnswerAlike() {
        SearchMatchIndex index = index();
        PageQuery first = new PageQuery(0, 20);
        AgreementFilter tokyo = AgreementFilter.none().withQuery("tokyo");
        assertThat(index.find(tokyo, AgreementSort.TITLE, first, Audience.PUBLIC)).isEmpty();
        assertThat(index.find(tokyo, AgreementSort.NEWEST, first, Audience.STAFF)).isEmpty();
        assertThat(index.find(tokyo.withType(org.citydiplomacy.portal.agreements.AgreementType.MEMORANDUM_OF_UNDERSTANDING), AgreementSort.NEWEST,
                first, Audience.PUBLIC)).isEmpty();
        // One letter alone: no index finds it.
        assertThat(index.find(AgreementFilter.none().withQuery("a"), AgreementSort.NEWEST, first, Audience.PUBLIC)).isEmpty();
    }

    @Test
    void aSearchNobodyMadeBeforeIsTwoStatementsOnceTheSnapshotIsRead() throws Exception {
        searches.refresh(Audience.PUBLIC);
        StatementCounter.reset();

        String html = mvc.perform(get("/agreements?q=tokyo&size=19")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();

        assertThat(StatementCounter.count()).as("%s", StatementCounter.statements()).isEqualTo(2);
        assertThat(StatementCounter.statements().get(0)).as("the query as the database writes it").contains("AS query");
        assertThat(StatementCounter.statements().get(1)).contains("a.id = ANY");
        assertThat(html).contains("class=\"result");
    }

    private SearchMatchIndex index() {
        // Its snapshot read in the test's thread (and transaction).
        SearchMatchIndex index = new SearchMatchIndex(jdbc, transactions, dataVersion, listingQueries, true, true, Runnable::run);
        index.refresh(Audience.PUBLIC);
        assertThat(index.snapshot()).isNotNull();
        assertThat(index.lexicon()).isNotNull();
        assertThat(index.lexicon().version).isEqualTo(index.snapshot().version);
        return index;
    }
}
