package org.casemgmt.intake.client;

import java.util.List;

/** The answer of the duplicate check. */
record DuplicateCheck(List<DuplicateCandidate> candidates) {
}
