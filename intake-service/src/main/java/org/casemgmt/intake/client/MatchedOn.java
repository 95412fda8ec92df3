package org.casemgmt.intake.client;

/** Why a client was found to be a possible duplicate. */
public enum MatchedOn {
    /** the same identifier of the same type */
    IDENTIFIER,
    /** the normalised full names are close in edit distance */
    SIMILAR_NAME,
    /** the family names sound alike and the given names are close */
    SOUNDS_ALIKE,
    BIRTH_DATE
}
