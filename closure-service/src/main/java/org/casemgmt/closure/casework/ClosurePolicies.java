package org.casemgmt.closure.casework;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.casemgmt.closure.followup.FollowUpPolicy;
import org.casemgmt.closure.readiness.CompletionCriterion;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The agency's closure settings (application.yml, {@code closure.*}): the closure reasons its workers choose from,
 * and per program the completion criteria and the follow-up intervals, with defaults for programs that set none.
 */
@ConfigurationProperties("closure")
record ClosurePolicies(List<String> reasons, List<CompletionCriterion> criteria, List<Duration> followUpIntervals,
                       Duration followUpMissedAfter, Map<String, Program> programs) {

    record Program(List<CompletionCriterion> criteria, List<Duration> followUpIntervals,
                   Duration followUpMissedAfter) {
    }

    ClosurePolicies {
        reasons = reasons == null ? List.of("GOALS_ACHIEVED", "CLIENT_WITHDREW", "TRANSFERRED", "LOST_CONTACT",
                "INELIGIBLE", "DECEASED", "OTHER") : List.copyOf(reasons);
        criteria = criteria == null ? List.of(CompletionCriterion.GOALS_RESOLVED,
                CompletionCriterion.REFERRALS_RESOLVED, CompletionCriterion.EXIT_ASSESSMENTS_DONE,
                CompletionCriterion.DESTINATION_RECORDED, CompletionCriterion.FOLLOW_UP_CONSENT_RECORDED)
                : List.copyOf(criteria);
        followUpIntervals = followUpIntervals == null ? FollowUpPolicy.DEFAULT.intervals()
                : List.copyOf(followUpIntervals);
        followUpMissedAfter = followUpMissedAfter == null ? FollowUpPolicy.DEFAULT.missedAfter()
                : followUpMissedAfter;
        programs = programs == null ? Map.of() : Map.copyOf(programs);
        List<String> notCodes = reasons.stream().filter(reason -> !reason.matches("[A-Z][A-Z0-9_]*")).toList();
        if (!notCodes.isEmpty()) {
            // A reason travels on case.closed, whose contract takes codes: refuse to start rather than to close.
            throw new IllegalArgumentException("closure.reasons must be codes in capitals and underscores, e.g. "
                    + "MOVED_AWAY; not " + String.join(", ", notCodes));
        }
    }

    List<CompletionCriterion> criteriaOf(String programId) {
        Program program = programId == null ? null : programs.get(programId);
        return program == null || program.criteria() == null ? criteria : program.criteria();
    }

    FollowUpPolicy followUpsOf(String programId) {
        Program program = programId == null ? null : programs.get(programId);
        return new FollowUpPolicy(
                program == null || program.followUpIntervals() == null ? followUpIntervals
                        : program.followUpIntervals(),
                program == null || program.followUpMissedAfter() == null ? followUpMissedAfter
                        : program.followUpMissedAfter());
    }
}
