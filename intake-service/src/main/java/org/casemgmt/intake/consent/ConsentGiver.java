package org.casemgmt.intake.consent;

/** Who gave consent: the client themselves, or someone legally entitled to act for them. */
public enum ConsentGiver {
    CLIENT,
    LEGAL_REPRESENTATIVE
}
