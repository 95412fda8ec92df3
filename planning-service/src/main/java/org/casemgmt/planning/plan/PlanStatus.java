package org.casemgmt.planning.plan;

/** Where a version of a service plan stands; {@link PlanLifecycle} says how it moves. */
public enum PlanStatus {
    /** Being written with the client; only now can goals be changed. */
    DRAFT,
    /** Waiting for approval. */
    SUBMITTED,
    /** Signed off; the goals are set. */
    APPROVED,
    /** Being carried out: activated, or progress has been recorded against it. */
    ACTIVE,
    /** The case was closed. */
    CLOSED
}
