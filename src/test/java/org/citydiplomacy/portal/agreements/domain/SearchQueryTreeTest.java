package org.citydiplomacy.portal.agreements.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.roaringbitmap.RoaringBitmap;

/** Reading a tsquery as PostgreSQL writes it: words joined by AND and OR only, anything else refused. */
class SearchQueryTreeTest {

    private static final Map<String, RoaringBitmap> ROWS = Map.of(
            "'digit'", RoaringBitmap.bitmapOf(1, 2, 3),
            "'digital'", RoaringBitmap.bitmapOf(3, 4),
            "'skill':*", RoaringBitmap.bitmapOf(2, 4, 5),
            "'it''s'", RoaringBitmap.bitmapOf(7),
            "'a\\\\b'", RoaringBitmap.bitmapOf(4, 7));

    @Test
    void readsAndBeforeOr() {
        SearchQueryTree tree = SearchQueryTree.parse("( 'digit' | 'digital' ) & 'skill':*");
        assertThat(tree.operands()).containsExactly("'digit'", "'digital'", "'skill':*");
        assertThat(tree.matches(ROWS::get)).isEqualTo(RoaringBitmap.bitmapOf(2, 4));

        assertThat(SearchQueryTree.parse("'digit' | 'digital' & 'skill':*").matches(ROWS::get))
                .isEqualTo(RoaringBitmap.bitmapOf(1, 2, 3, 4));
        assertThat(SearchQueryTree.parse("'digit':*|'skill':*")).isNotNull();
    }

    @Test
    void keepsQuotesAndBackslashesAsWritten() {
        SearchQueryTree tree = SearchQueryTree.parse("'it''s' & 'a\\\\b'");
        assertThat(tree.operands()).containsExactly("'it''s'", "'a\\\\b'");
        assertThat(tree.matches(ROWS::get)).isEqualTo(RoaringBitmap.bitmapOf(7));
    }

    @Test
    void leavesTheOperandsItWasGivenAsTheyAre() {
        RoaringBitmap digit = ROWS.get("'digit'").clone();
        SearchQueryTree.parse("'digit' & 'skill':*").matches(ROWS::get);
        SearchQueryTree.parse("'digit' | 'skill':*").matches(ROWS::get);
        assertThat(ROWS.get("'digit'")).isEqualTo(digit);
    }

    @Test
    void refusesEverythingElse() {
        for (String other : new String[] { "", "!'digit'", "'digit' & !'skill'", "'e' <-> 'mail'", "'digit' <2> 'skill'",
                "'digit':A", "'digit':*AB", "( 'digit'", "'digit' )", "'digit", "digit", "'digit' 'skill'" }) {
            assertThat(SearchQueryTree.parse(other)).as(other).isNull();
        }
        assertThat(SearchQueryTree.parse(null)).isNull();
    }
}
