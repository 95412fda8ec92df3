package org.casemgmt.referral.referral;

/**
 * What a referral's change asks of the directory's capacity, remembered in the referral until the directory has done
 * it: the referral is saved first (it is what counts), and the directory's change, which is idempotent per referral,
 * follows; if it fails, the referral's timer retries it.
 */
enum CapacitySettlement {
    /** The held unit goes back: the referral was declined, expired or cancelled before an answer. */
    RELEASE,
    /** The held unit is now taken by the client: the provider accepted. */
    OCCUPY
}
