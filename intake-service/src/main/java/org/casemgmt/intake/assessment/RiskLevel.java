package org.casemgmt.intake.assessment;

/** How serious a risk is, in increasing order. */
public enum RiskLevel {
    LOW,
    MEDIUM,
    HIGH
}
