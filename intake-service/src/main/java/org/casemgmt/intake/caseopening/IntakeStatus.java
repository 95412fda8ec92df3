package org.casemgmt.intake.caseopening;

/** IN_PROGRESS until decided; then OPENED (a case) or DECLINED; an opened case may be CLOSED and opened again. */
public enum IntakeStatus {
    IN_PROGRESS,
    OPENED,
    DECLINED,
    CLOSED
}
