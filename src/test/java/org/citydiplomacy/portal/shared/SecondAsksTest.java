package org.citydiplomacy.portal.shared;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SecondAsksTest {

    @Test
    void aKeyIsWorthKeepingFromItsSecondAskOn() {
        SecondAsks asks = new SecondAsks(100);

        assertThat(asks.again("q=harbour")).isFalse();
        assertThat(asks.again("q=harbour")).isTrue();
        assertThat(asks.again("q=harbour")).isTrue();
        assertThat(asks.again("q=river")).isFalse();
    }

    @Test
    void onlyTheKeysAskedLatelyAreRemembered() {
        SecondAsks asks = new SecondAsks(10);
        asks.again("q=first");
        for (int i = 0; i < 1_000; i++) {
            asks.again("q=word" + i);
        }

        assertThat(asks.again("q=first")).isFalse();
    }
}
