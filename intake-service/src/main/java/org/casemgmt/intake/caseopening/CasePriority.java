package org.casemgmt.intake.caseopening;

/** How soon the case manager must act, in increasing order. */
public enum CasePriority {
    LOW,
    MEDIUM,
    HIGH,
    URGENT
}
