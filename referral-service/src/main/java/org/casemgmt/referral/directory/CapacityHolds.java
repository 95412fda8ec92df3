package org.casemgmt.referral.directory;

import org.springframework.stereotype.Service;

/**
 * The units referrals hold at a service while the provider decides (G-R2): the referral feature holds one when a
 * referral is requested, releases it when the referral is declined, expires or is cancelled, and turns it into
 * occupancy when the referral is accepted. Each call depends on nobody acting (it also runs from timers and event
 * consumers), is safe to repeat, and announces a real change with capacity.changed.
 */
@Service
public class CapacityHolds {

    private final CapacityChanges changes;

    CapacityHolds(CapacityChanges changes) {
        this.changes = changes;
    }

    /**
     * Holds one unit for the referral; once per referral id. A service without a capacity record holds nothing and
     * refuses nobody.
     *
     * @throws org.casemgmt.platform.domain.RuleViolationException {@code no-capacity} when the service counts its
     *         capacity and no unit is offerable; the message names the provider's status (e.g. waitlisted)
     * @throws org.casemgmt.platform.domain.ResourceNotFoundException when there is no such service
     */
    public void hold(String serviceId, String referralId) {
        changes.apply(serviceId, (service, at) -> service.hold(referralId, at));
    }

    /** Frees the referral's unit (declined, expired, cancelled); nothing when it held none. */
    public void release(String serviceId, String referralId) {
        changes.apply(serviceId, (service, at) -> service.release(referralId, at));
    }

    /**
     * The accepted referral's held unit becomes occupancy: it is no longer held, and one unit fewer is available
     * (never below zero). Nothing when the referral holds no unit, e.g. because it was occupied already.
     */
    public void occupy(String serviceId, String referralId) {
        changes.apply(serviceId, (service, at) -> service.occupy(referralId, at));
    }
}
