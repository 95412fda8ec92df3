package org.casemgmt.monitoring.journal;

/** How a contact with the client took place (CASA's medium types). */
public enum Medium {
    IN_PERSON, PHONE, VIDEO, TEXT_OR_EMAIL, LETTER
}
