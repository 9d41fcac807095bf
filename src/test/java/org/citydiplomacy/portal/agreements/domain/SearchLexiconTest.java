package org.citydiplomacy.portal.agreements.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

/**
 * A lexicon with some agreements' words changed: those agreements are found by their new words and no
 * longer by their old ones, one the public no longer sees by none, a new word is found, and the lexicon it
 * was made from answers as it did (readers may still hold it).
 */
class SearchLexiconTest {

    @Test
    void answersWithTheChangedAgreementsWordsAndLeavesTheOldLexiconAsItWas() {
        long[] common = new long[SearchLexicon.longsFor(200)];
        for (int id = 1; id < 200; id += 2) {
            common[id >>> 6] |= 1L << id;
        }
        SearchLexicon before = new SearchLexicon(3, 0, new String[] { "citi", "tokyo" },
                new Object[] { SearchLexicon.compact(common), new int[] { 4, 7 } });
        Map<Integer, String[]> changed = new HashMap<>();
        changed.put(7, new String[] { "citi", "zurich" });
        changed.put(3, null);
        changed.put(250, new String[] { "tokyo" });

        SearchLexicon after = before.withChanges(changed, 5, 1);

        assertThat(after.version).isEqualTo(5);
        assertThat(ids(after, "tokyo", false)).containsExactly(4, 250);
        assertThat(ids(after, "zurich", false)).containsExactly(7);
        assertThat(ids(after, "citi", false)).contains(1, 5, 7, 199).doesNotContain(3);
        assertThat(ids(after, "", true)).hasSize(100 - 1 + 2);
        assertThat(after.wordCount()).isEqualTo(3);
        // The lexicon it came from is unchanged.
        assertThat(ids(before, "tokyo", false)).containsExactly(4, 7);
        assertThat(ids(before, "citi", false)).contains(3).hasSize(100);
        assertThat(ids(before, "zurich", false)).isEmpty();
    }

    private static int[] ids(SearchLexicon lexicon, String word, boolean prefix) {
        long[] found = lexicon.none();
        lexicon.add(word, prefix, found);
        return SearchLexicon.idsOf(found);
    }
}
