package org.casemgmt.closure.followup;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.casemgmt.platform.domain.ResourceNotFoundException;
import org.casemgmt.platform.domain.RuleViolationException;

/**
 * A case's follow-ups over all its episodes. Scheduled from the closure, announced when due and when missed, each once,
 * recorded by the worker, cancelled by a re-opening. The moments still to come drive the case's durable timer.
 */
public class FollowUps {

    /** A follow-up that came due or was missed at the moment asked about. */
    public record Transition(FollowUp followUp, Kind kind) {
        public enum Kind { DUE, MISSED }
    }

    private List<FollowUp> followUps = new ArrayList<>();

    /** The episode's follow-ups, one per interval after its closure, in order. */
    public List<FollowUp> schedule(int episode, Instant closedAt, FollowUpPolicy policy, Supplier<String> newId) {
        List<FollowUp> scheduled = IntStream.range(0, policy.intervals().size())
                .mapToObj(i -> FollowUp.scheduled(newId.get(), episode, i + 1, closedAt.plus(policy.intervals().get(i))))
                .toList();
        followUps.addAll(scheduled);
        return scheduled;
    }

    /** What has come due or been missed by {@code now}; each is announced once, and a due one before it is missed. */
    public List<Transition> due(Instant now, Duration missedAfter) {
        List<Transition> transitions = new ArrayList<>();
        followUps.replaceAll(followUp -> {
            FollowUp changed = followUp;
            if (changed.status() == FollowUpStatus.SCHEDULED && !now.isBefore(changed.dueAt())) {
                changed = changed.fallenDue(now);
                transitions.add(new Transition(changed, Transition.Kind.DUE));
            }
            if (changed.status() == FollowUpStatus.DUE && !now.isBefore(changed.dueAt().plus(missedAfter))) {
                changed = changed.missed(now);
                transitions.add(new Transition(changed, Transition.Kind.MISSED));
            }
            return changed;
        });
        return transitions;
    }

    /** Records a result; a follow-up recorded already, or cancelled, refuses another (409). */
    public FollowUp record(String followUpId, FollowUpOutcome outcome, String by, Instant at) {
        FollowUp followUp = find(followUpId);
        if (!followUp.status().awaitsResult()) {
            throw new RuleViolationException("follow-up-" + followUp.status().name().toLowerCase(Locale.ROOT).replace('_', '-'),
                    "Follow-up " + followUpId + " is " + followUp.status() + "; a result is recorded once, and none "
                            + "for a follow-up cancelled by a re-opening.");
        }
        if (outcome.result() == FollowUpResult.UNABLE_TO_CONTACT && outcome.reached()) {
            throw new RuleViolationException("unable-to-contact-but-reached",
                    "A follow-up recorded as UNABLE_TO_CONTACT cannot have reached the client.");
        }
        if (outcome.result() == FollowUpResult.DECLINED && !outcome.reached()) {
            throw new RuleViolationException("declined-but-not-reached",
                    "A client who declined the follow-up was reached: record DECLINED with reached true, or "
                            + "UNABLE_TO_CONTACT.");
        }
        FollowUp recorded = followUp.recorded(outcome, by, at);
        followUps.replaceAll(f -> f.followUpId().equals(followUpId) ? recorded : f);
        return recorded;
    }

    /**
     * A re-opening cancels the follow-ups not yet held (scheduled or due); a missed one stays, so its result may still
     * be recorded late for the episode it follows. Answers the ids cancelled.
     */
    public List<String> cancelPending() {
        List<String> cancelled = followUps.stream().filter(f -> f.status().awaitsResult()
                && f.status() != FollowUpStatus.MISSED).map(FollowUp::followUpId).toList();
        followUps.replaceAll(f -> cancelled.contains(f.followUpId()) ? f.cancelled() : f);
        return cancelled;
    }

    /** The next moment something falls due or is missed, if any. */
    public Optional<Instant> nextMoment(Duration missedAfter) {
        return followUps.stream().flatMap(f -> switch (f.status()) {
            case SCHEDULED -> Stream.of(f.dueAt());
            case DUE -> Stream.of(f.dueAt().plus(missedAfter));
            default -> Stream.<Instant>empty();
        }).min(Instant::compareTo);
    }

    public List<FollowUp> of(int episode) {
        return followUps.stream().filter(f -> f.episode() == episode).toList();
    }

    public FollowUp find(String followUpId) {
        return followUps.stream().filter(f -> f.followUpId().equals(followUpId)).findFirst()
                .orElseThrow(() -> new ResourceNotFoundException("follow-up", followUpId));
    }

    public List<FollowUp> all() {
        return List.copyOf(followUps);
    }
}
