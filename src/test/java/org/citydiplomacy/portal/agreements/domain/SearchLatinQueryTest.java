package org.citydiplomacy.portal.agreements.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.citydiplomacy.portal.support.PortalTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * {@code search_latin_query} (V170) drops the as-typed half of a Latin word's lookup only where the
 * stem's half already finds everything it would: on every word of the seed's search documents, alone
 * and in pairs, it finds the same agreements as the query it replaces.
 */
@PortalTest
class SearchLatinQueryTest {

    /** Each word (or pair) whose matches differ between the two queries, with both counts. */
    private static final String DIFFERENCES = "WITH " + SeedWords.LATIN + ",\n" + """
            queries AS (
                SELECT quote_literal(w) || ':*' AS q FROM words
                UNION ALL
                SELECT quote_literal(w) || ':* & ' || quote_literal(next) || ':*'
                  FROM (SELECT w, lead(w) OVER (ORDER BY w) AS next FROM words) p WHERE next IS NOT NULL)
            SELECT q || ': ' || n_before || ' before, ' || n_now || ' now'
              FROM (SELECT q,
                           (SELECT count(*) FROM agreement a
                             WHERE a.search_vector @@ (to_tsquery('english', q) || to_tsquery('simple', q))) AS n_before,
                           (SELECT count(*) FROM agreement a WHERE a.search_vector @@ search_latin_query(q)) AS n_now
                      FROM queries) c
             WHERE n_before <> n_now
            """;

    @Autowired
    JdbcClient jdbc;

    @Test
    void findsWhatTheStemmedAndTheTypedLookupFoundTogether() {
        assertThat(jdbc.sql("SELECT count(DISTINCT w) FROM agreement a, regexp_split_to_table(lower(a.search_text), '[^[:alpha:]]+') w")
                .query(Long.class).single()).as("the seed's words").isGreaterThan(300);
        assertThat(jdbc.sql(DIFFERENCES).query(String.class).list()).isEmpty();
    }

    @Test
    void keepsTheTypedHalfOnlyWhereTheStemDoesNotCoverIt() {
        assertThat(query("'international':*")).isEqualTo("'intern':*");
        assertThat(query("'cities':*")).isEqualTo("'citi':*");
        // 'citi':* does not find "city"; a stop word has no stem.
        assertThat(query("'city':*")).isEqualTo("'citi':* | 'city':*");
        assertThat(query("'with':*")).isEqualTo("'with':*");
        assertThat(query("'tokyo':* & 'with':*")).isEqualTo("'tokyo':* | 'tokyo':* & 'with':*");
    }

    private String query(String q) {
        List<String> found = jdbc.sql("SELECT search_latin_query(?)::text").param(q).query(String.class).list();
        return found.get(0);
    }
}
