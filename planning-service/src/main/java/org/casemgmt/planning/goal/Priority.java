package org.casemgmt.planning.goal;

/** How much a goal matters now, most first. */
public enum Priority {
    HIGH,
    MEDIUM,
    LOW
}
