package org.casemgmt.platform.timer;

/**
 * What a service does when one of its aggregates' {@link DueTimer}s comes due: a bean of this type per collection
 * whose documents have a {@code timer} field. {@link DueTimerPoller} calls it for each due document it claimed.
 *
 * <p>{@link #fire} loads the document, does what is due as of the clock, sets the next timer (or none) and saves,
 * checking the version. It must be safe to call again for the same moment: a call that failed after its save, or
 * whose instance died, is repeated by some instance once the lease has expired, and must then change nothing.
 */
public interface DueTimerHandler {

    /** The MongoDB collection of the aggregates this handler acts on. */
    String collection();

    void fire(String documentId);
}
