package org.casemgmt.platform.timer;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Tuning of the {@link DueTimerPoller} ({@code casemgmt.timers.*}).
 *
 * @param enabled        false stops this instance from firing timers (another instance fires them)
 * @param pollInterval   pause between two looks for due timers: how late a timer may fire at most
 * @param lease          how long a claimed timer is this instance's alone; longer than acting on one takes
 * @param timersPerPoll  at most this many timers of one collection are fired in one look
 */
@ConfigurationProperties("casemgmt.timers")
public record TimerProperties(
        @DefaultValue("true") boolean enabled,
        @DefaultValue("1s") Duration pollInterval,
        @DefaultValue("30s") Duration lease,
        @DefaultValue("100") int timersPerPoll) {

    public static TimerProperties defaults() {
        return new TimerProperties(true, Duration.ofSeconds(1), Duration.ofSeconds(30), 100);
    }
}
