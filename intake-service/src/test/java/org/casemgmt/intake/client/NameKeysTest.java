package org.casemgmt.intake.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class NameKeysTest {

    @Test
    void normalisingDropsCaseAccentsPunctuationAndExtraSpaces() {
        assertThat(NameKeys.normalise("  José   O'Brien-Núñez ")).isEqualTo("jose obrien nunez");
        assertThat(NameKeys.normalise("STRAßE Øyvind")).isEqualTo("strasse oyvind");
        assertThat(NameKeys.normalise(null)).isEmpty();
    }

    @Test
    void theSameNameAsAClaimOfIdentityIsTheSameNameInEitherOrderAndNothingCloser() {
        assertThat(NameKeys.unorderedName("José María", "Núñez"))
                .isEqualTo(NameKeys.unorderedName("Nunez", "jose maria")).isEqualTo("jose maria|nunez");
        assertThat(NameKeys.similarity("José María", "Núñez", "Nunez", "jose maria")).isEqualTo(1.0);
        assertThat(NameKeys.unorderedName("Jon", "Smith")).isNotEqualTo(NameKeys.unorderedName("John", "Smith"));
        assertThat(NameKeys.unorderedName("Ana María", "López"))
                .isNotEqualTo(NameKeys.unorderedName("Ana", "María López"));
        assertThat(NameKeys.unorderedName(" ", null)).isEmpty();
    }

    @Test
    void namesThatSoundAlikeShareAPhoneticKey() {
        assertThat(NameKeys.phoneticKeys("Smith")).isEqualTo(NameKeys.phoneticKeys("Smyth"));
        assertThat(NameKeys.phoneticKeys("Catherine")).isEqualTo(NameKeys.phoneticKeys("Kathryn"));
        assertThat(NameKeys.phoneticKeys("Smith")).isNotEqualTo(NameKeys.phoneticKeys("Jones"));
    }

    @Test
    void everyWordOfTheNameGetsItsOwnPhoneticKey() {
        assertThat(NameKeys.phoneticKeys("Ana María", "García-López")).hasSize(4);
    }

    @Test
    void jaroWinklerAgreesWithThePublishedExamples() {
        assertThat(NameKeys.similarity("martha", "marhta")).isCloseTo(0.961, within(0.001));
        assertThat(NameKeys.similarity("dwayne", "duane")).isCloseTo(0.840, within(0.001));
        assertThat(NameKeys.similarity("dixon", "dicksonx")).isCloseTo(0.813, within(0.001));
        assertThat(NameKeys.similarity("same", "same")).isEqualTo(1.0);
        assertThat(NameKeys.similarity("abc", "")).isZero();
        assertThat(NameKeys.similarity("abc", "xyz")).isZero();
    }

    @Test
    void givenAndFamilyNameWrittenTheOtherWayRoundAreTheSameName() {
        assertThat(NameKeys.similarity("Maria", "Garcia", "Garcia", "Maria")).isEqualTo(1.0);
    }
}
