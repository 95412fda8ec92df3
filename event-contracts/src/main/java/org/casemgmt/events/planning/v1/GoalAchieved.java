package org.casemgmt.events.planning.v1;

import java.time.Instant;
import java.util.List;

/**
 * Every objective of a goal met its target: the goal is achieved. Published once per goal, however often the
 * progress that achieved it is delivered.
 *
 * @param goalId          the goal
 * @param caseId          the case
 * @param planId          the plan
 * @param needDomain      the life domain of the need it addressed
 * @param objectives      each objective with the value that met it
 * @param progressEntryId the progress.recorded entry that completed the goal
 * @param achievedAt      when that progress was recorded
 */
public record GoalAchieved(String goalId, String caseId, String planId, String needDomain,
                           List<ObjectiveResult> objectives, String progressEntryId, Instant achievedAt) {
}
