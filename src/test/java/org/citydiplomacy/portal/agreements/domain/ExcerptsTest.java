package org.citydiplomacy.portal.agreements.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class ExcerptsTest {

    @Test
    void marksEveryWordWhateverItsCaseAndEscapesTheRest() {
        assertThat(Excerpts.html("Tokyo & PARIS <i>agree</i> on paris", false, false, List.of("paris")))
                .isEqualTo("Tokyo &amp; <mark>PARIS</mark> &lt;i&gt;agree&lt;/i&gt; on <mark>paris</mark>");
    }

    @Test
    void marksTheLongestWordWhereTwoStartAlike() {
        assertThat(Excerpts.html("東京都と東京", true, true, List.of("東京", "東京都")))
                .isEqualTo("…<mark>東京都</mark>と<mark>東京</mark>…");
    }

    @Test
    void keepsLettersOutsideAsciiAsTheyAreAndFoldsWhitespace() {
        assertThat(Excerpts.html("Coopération\n\n  « <b> »", false, false, List.of("ération")))
                .isEqualTo("Coop<mark>ération</mark> « &lt;b&gt; »");
    }
}
