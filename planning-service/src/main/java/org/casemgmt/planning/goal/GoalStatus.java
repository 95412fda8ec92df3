package org.casemgmt.planning.goal;

public enum GoalStatus {
    OPEN,
    ACHIEVED,
    ABANDONED
}
