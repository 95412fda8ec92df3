package org.casemgmt.intake.client;

import java.time.LocalDate;
import java.util.Set;

/**
 * An existing client who may be the person being registered.
 *
 * @param matchedOn what the two records have in common
 * @param score     how sure the match is, 0 to 1 (1 for a shared identifier)
 */
public record DuplicateCandidate(String clientId, String givenName, String familyName, LocalDate birthDate,
                                 Set<MatchedOn> matchedOn, double score) {
}
