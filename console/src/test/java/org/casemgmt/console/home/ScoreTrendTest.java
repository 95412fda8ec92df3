package org.casemgmt.console.home;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ScoreTrendTest {

    @Test
    void aLowerSymptomScoreIsBetter() {
        assertThat(ScoreTrend.of("PHQ-9", -7)).isEqualTo(ScoreTrend.BETTER);
        assertThat(ScoreTrend.of("GAD-7", 3)).isEqualTo(ScoreTrend.WORSE);
    }

    @Test
    void aHigherSelfSufficiencyScoreIsBetter() {
        assertThat(ScoreTrend.of("SELF-SUFFICIENCY", 4)).isEqualTo(ScoreTrend.BETTER);
        assertThat(ScoreTrend.of("SELF-SUFFICIENCY", -1)).isEqualTo(ScoreTrend.WORSE);
    }

    @Test
    void noChangeAndAFirstScoreSaySo() {
        assertThat(ScoreTrend.of("PHQ-9", 0)).isEqualTo(ScoreTrend.SAME);
        assertThat(ScoreTrend.of("PHQ-9", null)).isEqualTo(ScoreTrend.FIRST);
        assertThat(ScoreTrend.of(null, 2)).isEqualTo(ScoreTrend.WORSE);
    }
}
