package org.casemgmt.referral.directory;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.casemgmt.platform.domain.RuleViolationException;

/**
 * A service's capacity (HSDS 3.1 {@code service_capacity} with Gravity's status), and the units referrals hold: a
 * referral waiting for the provider's answer holds one, so two referrals never count on the same bed. What a new
 * referral may still take is {@link #offerable()}. Immutable: each change answers the capacity after it, or this very
 * instance when nothing changes.
 *
 * @param unit      what is counted, e.g. Bed
 * @param available units free as the provider last reported them, less those occupied by accepted referrals since
 * @param maximum   units the service has at most; null when the provider did not say
 * @param status    what the provider declares; the counts never change it
 * @param notes     the provider's words, e.g. the length of the waitlist
 * @param updated   when the capacity last changed, to the millisecond
 * @param held      the referrals holding a unit, oldest first
 * @param occupied  the latest referrals whose held unit became occupancy, so a late repeat of their hold or their
 *                  occupation changes nothing
 */
record ServiceCapacity(String unit, int available, Integer maximum, CapacityStatus status, String notes,
                       Instant updated, List<String> held, List<String> occupied) {

    /** Enough to recognise a repeated hold or occupation long after it was first made. */
    static final int OCCUPIED_REMEMBERED = 500;

    ServiceCapacity {
        held = held == null ? List.of() : List.copyOf(held);
        occupied = occupied == null ? List.of() : List.copyOf(occupied);
    }

    /** What the provider reports replaces the counts and the status; the units referrals hold stay held. */
    static ServiceCapacity reported(String unit, int available, Integer maximum, CapacityStatus status, String notes,
                                    Instant at, ServiceCapacity before) {
        return new ServiceCapacity(unit, available, maximum, status, notes, at,
                before == null ? List.of() : before.held, before == null ? List.of() : before.occupied);
    }

    /** Units a new referral may still take: what is available less what is held, never below zero. */
    int offerable() {
        return Math.max(0, available - held.size());
    }

    boolean holds(String referralId) {
        return held.contains(referralId);
    }

    /**
     * The capacity with a unit held for the referral; this instance when it holds one already, or when its unit
     * became occupancy.
     *
     * @throws RuleViolationException {@code no-capacity} when no unit is offerable, naming the provider's status
     */
    ServiceCapacity holding(String referralId, String serviceName, Instant at) {
        if (held.contains(referralId) || occupied.contains(referralId)) {
            return this;
        }
        if (offerable() == 0) {
            throw new RuleViolationException("no-capacity", serviceName + " has no " + unit + " to offer: "
                    + available + (maximum == null ? "" : " of " + maximum) + " available, " + held.size()
                    + " held by referrals awaiting an answer; the provider reports it as " + status.wording()
                    + (notes == null || notes.isBlank() ? "" : " (" + notes + ")") + ".");
        }
        List<String> holding = new ArrayList<>(held);
        holding.add(referralId);
        return new ServiceCapacity(unit, available, maximum, status, notes, at, holding, occupied);
    }

    /** The referral's unit freed; this instance when it held none. */
    ServiceCapacity releasing(String referralId, Instant at) {
        if (!held.contains(referralId)) {
            return this;
        }
        List<String> holding = new ArrayList<>(held);
        holding.remove(referralId);
        return new ServiceCapacity(unit, available, maximum, status, notes, at, holding, occupied);
    }

    /**
     * The referral's held unit taken: no longer held, and one unit fewer available (never below zero). This instance
     * when it held none: a referral accepted without a held unit (none was counted when it was made) leaves the
     * counts to the provider.
     */
    ServiceCapacity occupying(String referralId, Instant at) {
        if (!held.contains(referralId)) {
            return this;
        }
        List<String> holding = new ArrayList<>(held);
        holding.remove(referralId);
        List<String> taken = new ArrayList<>(occupied);
        taken.add(referralId);
        if (taken.size() > OCCUPIED_REMEMBERED) {
            taken = taken.subList(taken.size() - OCCUPIED_REMEMBERED, taken.size());
        }
        return new ServiceCapacity(unit, Math.max(0, available - 1), maximum, status, notes, at, holding, taken);
    }
}
