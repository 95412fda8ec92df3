package org.casemgmt.planning.goal;

/** Which way an indicator should move: more nights housed is better, fewer arrears are better. */
public enum Direction {
    HIGHER_IS_BETTER,
    LOWER_IS_BETTER;

    /** A value meets its target when it reaches it: at or above for higher-is-better, at or below otherwise. */
    public boolean meets(double value, double target) {
        return this == HIGHER_IS_BETTER ? value >= target : value <= target;
    }
}
