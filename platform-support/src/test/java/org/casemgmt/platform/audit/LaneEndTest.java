package org.casemgmt.platform.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.function.LongPredicate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LaneEndTest {

    @Test
    void anEmptyLaneEndsBeforeItsFirstEntryAfterOneLook() {
        Looks looks = new Looks(0);

        assertThat(LaneEnd.lastPresent(0, looks)).isZero();
        assertThat(looks.asked).containsExactly(1L);
    }

    @Test
    void aLaneWhoseEndIsKnownCostsOneLook() {
        Looks looks = new Looks(57);

        assertThat(LaneEnd.lastPresent(57, looks)).isEqualTo(57);
        assertThat(looks.asked).containsExactly(58L);
    }

    @Test
    void findsTheLastEntryOfEveryLengthFromTheStartOrFromAnyEntryOnIt() {
        for (long length = 1; length <= 300; length++) {
            for (long known : List.of(0L, length / 2, length - 1)) {
                assertThat(LaneEnd.lastPresent(known, new Looks(length))).as("%d entries from %d", length, known)
                        .isEqualTo(length);
            }
        }
    }

    @Test
    void looksTwiceAsFarEachTimeThenHalvesTheDistance() {
        Looks looks = new Looks(13);

        assertThat(LaneEnd.lastPresent(0, looks)).isEqualTo(13);
        assertThat(looks.asked).containsExactly(1L, 2L, 4L, 8L, 16L, 12L, 14L, 13L);
    }

    @Test
    void aMillionEntriesAreFoundInAboutFortyLooks() {
        Looks looks = new Looks(1_000_000);

        assertThat(LaneEnd.lastPresent(0, looks)).isEqualTo(1_000_000);
        assertThat(looks.asked).hasSizeLessThanOrEqualTo(2 * 20 + 2);
    }

    @Test
    void onALaneWithAGapItEndsOnAnEntryThatIsThereBeforeOneThatIsNot() {
        LongPredicate gapAtSix = sequence -> sequence <= 20 && sequence != 6;

        long end = LaneEnd.lastPresent(0, gapAtSix);

        assertThat(gapAtSix.test(end)).isTrue();
        assertThat(gapAtSix.test(end + 1)).isFalse();
    }

    /** A lane of {@code length} entries, remembering what it was asked. */
    private static final class Looks implements LongPredicate {

        private final long length;
        private final List<Long> asked = new ArrayList<>();

        Looks(long length) {
            this.length = length;
        }

        @Override
        public boolean test(long sequence) {
            asked.add(sequence);
            return sequence >= 1 && sequence <= length;
        }
    }
}
