package org.casemgmt.platform.privacy;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BlindIndexTest {

    private final BlindIndex index = new BlindIndex(PrivacyFixtures.onlyMaster1().blindIndexKey());

    @Test
    void theSameValueAndPurposeGiveTheSameShortTokenWhoeverComputesIt() {
        String token = index.of("client.birth-date", "1984-03-07");

        assertThat(new BlindIndex(PrivacyFixtures.onlyMaster1().blindIndexKey()).of("client.birth-date", "1984-03-07"))
                .isEqualTo(token);
        assertThat(token).hasSize(22).matches("[A-Za-z0-9_-]+").doesNotContain("1984");
        assertThat(index.of("client.birth-date", "1984-03-08")).isNotEqualTo(token);
    }

    @Test
    void purposesDoNotShareTokens() {
        assertThat(index.of("client.identifier", "NATIONAL_ID:AB12345"))
                .isNotEqualTo(index.of("client.name-key", "NATIONAL_ID:AB12345"));
    }

    @Test
    void anotherIndexKeyGivesOtherTokens() {
        BlindIndex other = new BlindIndex(PrivacyFixtures.rotatedToMaster2().blindIndexKey());

        assertThat(other.of("client.birth-date", "1984-03-07")).isNotEqualTo(index.of("client.birth-date", "1984-03-07"));
    }

    @Test
    void severalValuesGiveTheirTokensInOrderWithoutRepeats() {
        assertThat(index.ofEach("client.name-key", List.of("SM0", "JN", "SM0")))
                .containsExactly(index.of("client.name-key", "SM0"), index.of("client.name-key", "JN"));
        assertThat(index.of("client.name-key", null)).isNull();
    }

    @Test
    void aTokenNeedsAPurpose() {
        assertThatThrownBy(() -> index.of(" ", "value")).isInstanceOf(IllegalArgumentException.class);
    }
}
