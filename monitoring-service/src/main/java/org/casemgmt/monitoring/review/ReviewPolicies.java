package org.casemgmt.monitoring.review;

import java.time.Duration;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** The review rhythm ({@code monitoring.*}): the defaults, and what programs set of their own. */
@ConfigurationProperties("monitoring")
public record ReviewPolicies(@DefaultValue("P30D") Duration reviewEvery, @DefaultValue("P3D") Duration reviewDueNotice,
                             @DefaultValue("P30D") Duration staleAfter,
                             @DefaultValue("P2D") Duration thresholdReviewWithin,
                             Map<String, ReviewPolicy.ProgramReviewPolicy> programs) {

    public ReviewPolicies {
        programs = programs == null ? Map.of() : Map.copyOf(programs);
    }

    ReviewPolicy of(String programId) {
        return new ReviewPolicy(reviewEvery, reviewDueNotice, staleAfter, thresholdReviewWithin)
                .overriddenBy(programId == null ? null : programs.get(programId));
    }
}
