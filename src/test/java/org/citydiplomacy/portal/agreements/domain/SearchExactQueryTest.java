package org.citydiplomacy.portal.agreements.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.citydiplomacy.portal.support.PortalTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

/**
 * {@code search_exact_query} (V171) turns a search's prefixes into the words the search documents
 * hold: on every word of the seed's documents, Latin and CJK, alone and in pairs, the index finds the
 * same agreements either way, and a word saved later is kept and found.
 */
@PortalTest
class SearchExactQueryTest {

    /** Each query whose matches differ between its prefixes and the words they stand for, with both counts. */
    private static final String DIFFERENCES = "WITH " + SeedWords.LATIN + ",\n" + """
            latin AS (
                SELECT search_latin_query(quote_literal(w) || ':*') AS q FROM words
                UNION ALL
                SELECT search_latin_query(quote_literal(w) || ':* & ' || quote_literal(next) || ':*')
                  FROM (SELECT w, lead(w) OVER (ORDER BY w) AS next FROM words) p WHERE next IS NOT NULL
                UNION ALL
                -- Every prefix of a few words, down to two letters.
                SELECT to_tsquery('simple', quote_literal(left(w, n)) || ':*')
                  FROM (SELECT w FROM words ORDER BY w LIMIT 40) s, generate_series(2, 6) n),
            cjk AS (
                SELECT DISTINCT (quote_literal(substr(r, i, 2)) || ':*')::tsquery AS q
                  FROM agreement a, regexp_matches(a.search_text, '[ぁ-ヿ一-鿿]{2,}', 'g') AS m(runs),
                       LATERAL (SELECT m.runs[1] AS r) x, generate_series(1, length(r) - 1) i),
            queries AS (SELECT q FROM latin UNION ALL SELECT q FROM cjk)
            SELECT q::text || ': ' || n_prefix || ' as prefixes, ' || n_exact || ' as words'
              FROM (SELECT q,
                           (SELECT count(*) FROM agreement a WHERE a.search_vector @@ q) AS n_prefix,
                           (SELECT count(*) FROM agreement a WHERE a.search_vector @@ search_exact_query(q)) AS n_exact
                      FROM queries) c
             WHERE n_prefix <> n_exact
            """;

    @Autowired
    JdbcClient jdbc;

    @Test
    void findsWhatThePrefixesFound() {
        assertThat(jdbc.sql("SELECT count(*) FROM search_lexeme").query(Long.class).single())
                .as("the seed's words are kept").isGreaterThan(300);
        assertThat(jdbc.sql(DIFFERENCES).query(String.class).list()).isEmpty();
    }

    @Test
    @Transactional
    void replacesAPrefixByTheWordsItStandsForWhenThereAreFew() {
        jdbc.sql("INSERT INTO search_lexeme SELECT 'qqz' || n FROM generate_series(0, 39) n").update();
        // qqz1, qqz10 to qqz19.
        assertThat(exact("'qqz1':*")).isEqualTo("'qqz1' | 'qqz10' | 'qqz11' | 'qqz12' | 'qqz13' | 'qqz14' | 'qqz15'"
                + " | 'qqz16' | 'qqz17' | 'qqz18' | 'qqz19'");
        // Forty words: looked up as a prefix; no word: so too.
        assertThat(exact("'qqz':*")).isEqualTo("'qqz':*");
        assertThat(exact("'qqy':*")).isEqualTo("'qqy':*");
        assertThat(exact("'qqz39':* & 'qqy':*")).isEqualTo("'qqz39' & 'qqy':*");
        // A word only typed as is stays so.
        assertThat(exact("'qqz2'")).isEqualTo("'qqz2'");
    }

    @Test
    @Transactional
    void keepsQuotesAndBackslashesOfTheWords() {
        jdbc.sql("INSERT INTO search_lexeme VALUES ('it''s'), ('a\\b'), ('a\\bc')").update();
        assertThat(exact("'it''s':* & 'a\\\\b':*")).isEqualTo("'it''s' & ( 'a\\\\b' | 'a\\\\bc' )");
    }

    @Test
    @Transactional
    void keepsTheWordsOfEverySave() {
        long id = jdbc.sql("SELECT min(id) FROM agreement WHERE visibility = 'PUBLISHED'").query(Long.class).single();
        jdbc.sql("UPDATE agreement SET title = title || ' Zyxwvutian' WHERE id = ?").param(id).update();

        assertThat(jdbc.sql("SELECT lexeme FROM search_lexeme WHERE lexeme LIKE 'zyxw%'").query(String.class).list())
                .containsExactly("zyxwvutian");
        assertThat(exact("'zyxwvut':*")).isEqualTo("'zyxwvutian'");
        assertThat(jdbc.sql("SELECT id FROM agreement_search_matches(search_latin_query('''zyxwvut'':*'),"
                + " '{}', '{PUBLISHED}', NULL)").query(Long.class).list()).containsExactly(id);
    }

    private String exact(String query) {
        return jdbc.sql("SELECT search_exact_query(CAST(? AS tsquery))::text").param(query).query(String.class).single();
    }
}
