package org.citydiplomacy.portal.agreements.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

/**
 * Every agreement's words read into bit sets give each word exactly the ids of the agreements holding
 * it, sorted as the lexicon looks words up, past the table's first size and the bit sets' first length.
 */
class WordBitsTest {

    @Test
    void givesEachWordTheIdsOfTheAgreementsHoldingIt() {
        Random random = new Random(13);
        List<String> vocabulary = new ArrayList<>();
        for (int i = 0; i < 20_000; i++) {
            vocabulary.add(Integer.toString(random.nextInt(1 << 30), 36) + (i % 7 == 0 ? "東京" : ""));
        }
        WordBits bits = new WordBits();
        Map<String, TreeSet<Integer>> expected = new TreeMap<>();
        for (int id = 1; id < 70_000; id += 1 + random.nextInt(40)) {
            StringBuilder text = new StringBuilder();
            for (int k = 0; k < 12; k++) {
                String word = vocabulary.get(random.nextInt(k < 6 ? 50 : vocabulary.size()));
                expected.computeIfAbsent(word, w -> new TreeSet<>()).add(id);
                text.append(word).append(WordBits.SEPARATOR);
            }
            bits.addAll(text.toString(), id);
        }

        SearchLexicon lexicon = bits.lexicon(7, 0);

        assertThat(lexicon.version).isEqualTo(7);
        assertThat(lexicon.wordCount()).isEqualTo(expected.size());
        expected.forEach((word, ids) -> {
            long[] found = lexicon.none();
            lexicon.add(word, false, found);
            assertThat(SearchLexicon.idsOf(found)).as(word).containsExactly(ids.stream().mapToInt(Integer::intValue).toArray());
        });
    }
}
