package org.casemgmt.events.monitoring.v1;

/**
 * The score of one domain of a multi-domain instrument, e.g. HOUSING 2 on the self-sufficiency matrix.
 *
 * @param domain the domain's code
 * @param score  its score
 */
public record DomainScore(String domain, int score) {
}
