package org.casemgmt.referral.referral;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

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

    /** Priorities are matched whatever their case: an environment variable's keys arrive in lower case. */
    public ResponseTimes {
        responseTime = byPriority(responseTime);
        programs = programs == null ? Map.of() : programs.entrySet().stream()
                .collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, program -> byPriority(program.getValue())));
    }

    private static Map<String, Duration> byPriority(Map<String, Duration> times) {
        return times == null ? Map.of() : times.entrySet().stream().collect(Collectors.toUnmodifiableMap(
                time -> time.getKey().toUpperCase(Locale.ROOT), Map.Entry::getValue));
    }

    ResponseDeadline deadline(String programId, String priority, Instant requestedAt) {
        String key = priority == null ? "" : priority.toUpperCase(Locale.ROOT);
        Duration allowed = programs.getOrDefault(programId == null ? "" : programId, Map.of()).get(key);
        if (allowed == null) {
            allowed = responseTime.getOrDefault(key, WHEN_NOTHING_IS_SET);
        }
        return ResponseDeadline.from(requestedAt, allowed, reminderAtFraction);
    }
}
