package org.citydiplomacy.portal.agreements.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.citydiplomacy.portal.agreements.domain.SearchWords.Kind;
import org.citydiplomacy.portal.agreements.domain.SearchWords.Lookup;
import org.junit.jupiter.api.Test;

class SearchWordsTest {

    @Test
    void looksUpWordsOfOtherScriptsAsPrefixes() {
        assertThat(SearchWords.lookup("cities")).isEqualTo(new Lookup("'cities':*", null, false));
        assertThat(SearchWords.lookup("eu")).isEqualTo(new Lookup("'eu':*", null, false));
    }

    @Test
    void looksUpJapaneseWordsAsTheirTwoCharacterPieces() {
        assertThat(SearchWords.lookup("防災")).isEqualTo(new Lookup(null, "'防災':*", false));
        assertThat(SearchWords.lookup("パリ市")).isEqualTo(new Lookup(null, "'パリ':* & 'リ市':*", false));
        assertThat(SearchWords.lookup("観光振興")).isEqualTo(new Lookup(null, "'観光':* & '光振':* & '振興':*", false));
    }

    @Test
    void checksAsTypedWhatThePiecesDoNotSay() {
        assertThat(SearchWords.lookup("tok%yo")).isEqualTo(new Lookup("'tok':* & 'yo':*", null, true));
        assertThat(SearchWords.lookup("c40都市")).isEqualTo(new Lookup("'c40':*", "'都市':*", true));
        assertThat(SearchWords.lookup("o'neil")).isEqualTo(new Lookup("'neil':*", null, true));
        assertThat(SearchWords.lookup("都")).isEqualTo(new Lookup(null, null, true));
    }

    @Test
    void aWordWithoutTwoLettersTogetherCannotBeFoundByItself() {
        assertThat(SearchWords.kind("a")).isEqualTo(Kind.SHORT);
        assertThat(SearchWords.kind("都")).isEqualTo(Kind.SHORT);
        assertThat(SearchWords.kind("%_")).isEqualTo(Kind.SHORT);
        assertThat(SearchWords.kind("eu")).isEqualTo(Kind.INDEXED);
    }
}
