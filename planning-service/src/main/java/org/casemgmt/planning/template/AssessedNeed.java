package org.casemgmt.planning.template;

/**
 * A need intake assessed, as planning suggests goals for it: its life domain and its grade. Intake's contract is
 * translated into this where its event is consumed, so the suggestions do not change with intake's contract.
 *
 * @param domain   the life domain, e.g. {@code HOUSING}
 * @param severity the grade as intake wrote it; one this version does not know suggests nothing
 */
public record AssessedNeed(String domain, String severity) {
}
