package org.citydiplomacy.portal.agreements;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.citydiplomacy.portal.agreements.SearchMatch.Place;
import org.junit.jupiter.api.Test;

class SearchMatchTest {

    /** The script test the excerpt's language was first read with. */
    private static final Pattern JAPANESE = Pattern.compile("[\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}]");

    @Test
    void anExcerptIsJapaneseWhenItHasAHanHiraganaOrKatakanaCharacter() {
        assertThat(language("…cooperation on <mark>hydrogen</mark> ferries…")).isEqualTo("en");
        assertThat(language("…<mark>水素</mark>燃料船の共同研究…")).isEqualTo("ja");
        assertThat(language("Agreement with カナダ")).isEqualTo("ja");
        assertThat(language("한국어와 Ελληνικά")).isEqualTo("en");
        assertThat(language(null)).isEqualTo("en");
    }

    @Test
    void everyCharacterIsReadAsTheScriptPatternReadsIt() {
        List<String> differing = new ArrayList<>();
        for (int c = 0; c <= Character.MAX_CODE_POINT; c++) {
            if (Character.isSurrogate((char) c) && c <= 0xFFFF) {
                continue;
            }
            String text = "a" + Character.toString(c) + "b";
            String expected = JAPANESE.matcher(text).find() ? "ja" : "en";
            if (!language(text).equals(expected)) {
                differing.add(Integer.toHexString(c));
            }
        }
        assertThat(differing).isEmpty();
    }

    private static String language(String excerpt) {
        return new SearchMatch(Place.TEXT, "en", excerpt).language();
    }
}
