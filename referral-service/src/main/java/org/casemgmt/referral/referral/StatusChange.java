package org.casemgmt.referral.referral;

import java.time.Instant;

/**
 * One step of a referral's history.
 *
 * @param from   the status before; null for the request itself
 * @param to     the status after
 * @param action what was done
 * @param reason the reason code, if the step has one
 * @param note   what the person who did it wrote (personal: encrypted, gone when the client is erased)
 * @param by     who did it, or {@code referral-service}
 * @param at     when
 */
public record StatusChange(ReferralStatus from, ReferralStatus to, ReferralAction action, String reason, String note,
                           String by, Instant at) {
}
