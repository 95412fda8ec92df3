package org.casemgmt.closure.progress;

/** A goal of the case's plan as closure follows it (goal.set, goal.revised, goal.achieved, goal.abandoned). */
public record TrackedGoal(String goalId, String needDomain, State state) {

    public enum State { OPEN, ACHIEVED, ABANDONED }

    public boolean resolved() {
        return state != State.OPEN;
    }
}
