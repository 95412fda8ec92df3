package org.casemgmt.events.closure.v1;

import java.time.Instant;
import java.util.List;

/**
 * How a closed episode went, evaluated at its closure and again as each follow-up's result, or another stage's late
 * event about the episode, arrives ({@code revision} counts up), so funders and dashboards subscribe to one figure set
 * instead of re-deriving it. No personal data.
 *
 * @param caseId              the case
 * @param agencyId            the agency that owns it
 * @param programId           the program
 * @param episode             the episode evaluated
 * @param revision            1 at closure, one more for each follow-up result or late event since
 * @param outcome             the closure outcome (GOALS_ACHIEVED, PARTIALLY_ACHIEVED, ...)
 * @param reason              the closure reason
 * @param goalsTotal          goals set in the episode's plan
 * @param goalsMet            of them, achieved
 * @param goalsAbandoned      of them, abandoned
 * @param instrumentChanges   per instrument administered, first to last
 * @param daysOpen            days from the episode's opening to its closure
 * @param destinationCode     the exit destination (HUD HMIS 3.12 living situation code)
 * @param destinationCategory HOMELESS, INSTITUTIONAL, TEMPORARY, PERMANENT or OTHER
 * @param referralsSent       referrals made in the episode
 * @param referralsCompleted  of them, completed by the provider
 * @param followUpsScheduled  follow-ups scheduled after closure
 * @param followUpsReached    of them, recorded with the client reached
 * @param followUpsNotReached of them, recorded as unable to contact or declined, or missed
 * @param evaluatedAt         when
 */
public record OutcomeEvaluated(String caseId, String agencyId, String programId, Integer episode, Integer revision,
                               String outcome, String reason, Integer goalsTotal, Integer goalsMet,
                               Integer goalsAbandoned, List<InstrumentChange> instrumentChanges, Long daysOpen,
                               Integer destinationCode, String destinationCategory, Integer referralsSent,
                               Integer referralsCompleted, Integer followUpsScheduled, Integer followUpsReached,
                               Integer followUpsNotReached, Instant evaluatedAt) {
}
