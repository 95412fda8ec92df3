package org.casemgmt.console.home;

/**
 * Which way the latest standardized score moved against the one before. The instruments the platform holds (PHQ-9,
 * GAD-7) score symptoms, so a lower score is better; the self-sufficiency matrix scores strengths, so higher is.
 */
public enum ScoreTrend {
    BETTER, WORSE, SAME, FIRST;

    public static ScoreTrend of(String instrumentId, Integer change) {
        if (change == null) {
            return FIRST;
        }
        if (change == 0) {
            return SAME;
        }
        boolean higherIsBetter = instrumentId != null && instrumentId.startsWith("SELF-SUFFICIENCY");
        return (change > 0) == higherIsBetter ? BETTER : WORSE;
    }
}
