package org.casemgmt.referral.referral;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How long providers have to answer ({@code referral.*}): by case priority, with a program's own times taking
 * precedence, and when they are reminded.
 *
 * @param responseTime        by priority (URGENT, HIGH, MEDIUM, LOW)
 * @param programs            by program id, times by priority that replace the defaults for that program
 * @param reminderAtFraction  the share of the time allowed after which the provider is reminded
 */
@ConfigurationProperties("referral")
public record ResponseTimes(Map<String, Duration> responseTime, Map<String, Map<String, Duration>> programs,
                            @DefaultValue("0.75") double reminderAtFraction) {

    private static final Duration WHEN_NOTHING_IS_SET = Duration.ofDays(3);

    public ResponseTimes {
        responseTime = responseTime == null ? Map.of() : Map.copyOf(responseTime);
        programs = programs == null ? Map.of() : Map.copyOf(programs);
    }

    ResponseDeadline deadline(String programId, String priority, Instant requestedAt) {
        Duration allowed = programs.getOrDefault(programId == null ? "" : programId, Map.of()).get(priority);
        if (allowed == null) {
            allowed = responseTime.getOrDefault(priority, WHEN_NOTHING_IS_SET);
        }
        return ResponseDeadline.from(requestedAt, allowed, reminderAtFraction);
    }
}
