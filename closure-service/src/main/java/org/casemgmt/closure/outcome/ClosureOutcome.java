package org.casemgmt.closure.outcome;

/** How a case ended, as OpenSPP's {@code closure_outcome} names it. */
public enum ClosureOutcome {
    GOALS_ACHIEVED, PARTIALLY_ACHIEVED, DISENGAGED, TRANSFERRED, INELIGIBLE, DECEASED, LOST_CONTACT, OTHER
}
