package org.citydiplomacy.portal.agreements.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A query as PostgreSQL writes it, worked out over a lexicon: exact words and prefixes, {@code &} before
 * {@code |}, parentheses, quoted quotes; and nothing answered for what the lexicon does not read.
 */
class SearchQueryTextTest {

    /** Ids below 100: a word in more than 4 agreements keeps a bit set (2 longs), one in fewer an array. */
    private static final int SIZE = 100;

    private final SearchLexicon lexicon = lexicon(new String[] { "citi", "city", "d'or", "tokyo", "tour", "tourism" },
            new int[][] { { 1, 3, 5, 7, 9 }, { 1, 2 }, { 4 }, { 2, 3, 9, 10, 11 }, { 5 }, { 7, 99 } });

    @Test
    void readsWordsPrefixesAndOperatorsAsPostgresqlDoes() {
        assertThat(places("'city'")).containsExactly(1, 2);
        assertThat(places("'cit':*")).containsExactly(1, 2, 3, 5, 7, 9);
        assertThat(places("'cit'")).isEmpty();
        assertThat(places("'touris':*")).containsExactly(7, 99);
        assertThat(places("'tour':*")).containsExactly(5, 7, 99);
        assertThat(places("'citi':* & 'tokyo':*")).containsExactly(3, 9);
        // & binds tighter than |.
        assertThat(places("'city' | 'tokyo' & 'citi'")).containsExactly(1, 2, 3, 9);
        assertThat(places("( 'city' | 'tokyo' ) & 'citi'")).containsExactly(1, 3, 9);
        assertThat(places("'d''or'")).containsExactly(4);
        assertThat(places("'nothing':* | 'tour'")).containsExactly(5);
    }

    @Test
    void leavesToTheDatabaseWhatItDoesNotRead() {
        for (String query : new String[] { "", " ", "!'city'", "'city' <-> 'tokyo'", "'city' <2> 'tokyo'", "'city':A",
                "'city':*A", "'city", "( 'city'", "'city' )", "'city' &", "city" }) {
            assertThat(SearchQueryText.matches(query, lexicon)).as(query).isNull();
        }
    }

    private int[] places(String query) {
        return SearchLexicon.idsOf(SearchQueryText.matches(query, lexicon));
    }

    /** The words sorted, as the lexicon keeps them. */
    private static SearchLexicon lexicon(String[] words, int[][] ids) {
        Object[] kept = new Object[words.length];
        for (int i = 0; i < words.length; i++) {
            long[] bits = new long[SearchLexicon.longsFor(SIZE)];
            for (int id : ids[i]) {
                bits[id >>> 6] |= 1L << id;
            }
            kept[i] = SearchLexicon.compact(bits);
        }
        return new SearchLexicon(1, System.nanoTime(), words, kept);
    }
}
