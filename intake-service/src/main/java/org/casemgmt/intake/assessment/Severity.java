package org.casemgmt.intake.assessment;

/** How pressing a need is, in increasing order: the declaration order is the scale. */
public enum Severity {
    NONE,
    LOW,
    MODERATE,
    HIGH,
    CRISIS
}
