package org.casemgmt.referral.referral;

import static org.casemgmt.referral.referral.ReferralAction.ACCEPT;
import static org.casemgmt.referral.referral.ReferralAction.CANCEL;
import static org.casemgmt.referral.referral.ReferralAction.COMPLETE;
import static org.casemgmt.referral.referral.ReferralAction.DECLINE;
import static org.casemgmt.referral.referral.ReferralAction.EXPIRE;
import static org.casemgmt.referral.referral.ReferralAction.FAIL;
import static org.casemgmt.referral.referral.ReferralAction.MARK_ENTERED_IN_ERROR;
import static org.casemgmt.referral.referral.ReferralAction.PAUSE;
import static org.casemgmt.referral.referral.ReferralAction.RESUME;
import static org.casemgmt.referral.referral.ReferralAction.START;
import static org.casemgmt.referral.referral.ReferralStatus.ACCEPTED;
import static org.casemgmt.referral.referral.ReferralStatus.CANCELLED;
import static org.casemgmt.referral.referral.ReferralStatus.COMPLETED;
import static org.casemgmt.referral.referral.ReferralStatus.ENTERED_IN_ERROR;
import static org.casemgmt.referral.referral.ReferralStatus.FAILED;
import static org.casemgmt.referral.referral.ReferralStatus.IN_PROGRESS;
import static org.casemgmt.referral.referral.ReferralStatus.ON_HOLD;
import static org.casemgmt.referral.referral.ReferralStatus.REJECTED;
import static org.casemgmt.referral.referral.ReferralStatus.REQUESTED;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

import org.casemgmt.platform.domain.RuleViolationException;

/**
 * The referral state machine, with the FHIR Task statuses of Gravity's referral workflow:
 * <pre>
 * requested   -> accepted | rejected | cancelled (also on expiry)
 * accepted    -> in-progress | on-hold | completed | failed | cancelled
 * in-progress -> on-hold | completed | failed | cancelled
 * on-hold     -> in-progress | completed | failed | cancelled
 * any         -> entered-in-error
 * </pre>
 * Anything else is refused with the status and the action named, so the caller knows what to reload.
 */
public final class ReferralLifecycle {

    private static final Map<ReferralStatus, Map<ReferralAction, ReferralStatus>> ALLOWED =
            new EnumMap<>(ReferralStatus.class);

    static {
        allow(REQUESTED, ACCEPT, ACCEPTED);
        allow(REQUESTED, DECLINE, REJECTED);
        allow(REQUESTED, CANCEL, CANCELLED);
        allow(REQUESTED, EXPIRE, CANCELLED);
        for (ReferralStatus underway : new ReferralStatus[] {ACCEPTED, IN_PROGRESS, ON_HOLD}) {
            allow(underway, COMPLETE, COMPLETED);
            allow(underway, FAIL, FAILED);
            allow(underway, CANCEL, CANCELLED);
        }
        allow(ACCEPTED, START, IN_PROGRESS);
        allow(ACCEPTED, PAUSE, ON_HOLD);
        allow(IN_PROGRESS, PAUSE, ON_HOLD);
        allow(ON_HOLD, RESUME, IN_PROGRESS);
        for (ReferralStatus status : ReferralStatus.values()) {
            if (status != ENTERED_IN_ERROR) {
                allow(status, MARK_ENTERED_IN_ERROR, ENTERED_IN_ERROR);
            }
        }
    }

    private ReferralLifecycle() {
    }

    private static void allow(ReferralStatus from, ReferralAction action, ReferralStatus to) {
        ALLOWED.computeIfAbsent(from, status -> new EnumMap<>(ReferralAction.class)).put(action, to);
    }

    public static Optional<ReferralStatus> next(ReferralStatus from, ReferralAction action) {
        return Optional.ofNullable(ALLOWED.getOrDefault(from, Map.of()).get(action));
    }

    /** The status {@code action} leads to from {@code from}, or a 409 {@code transition-not-allowed}. */
    public static ReferralStatus require(ReferralStatus from, ReferralAction action) {
        return next(from, action).orElseThrow(() -> new RuleViolationException("transition-not-allowed",
                "A referral that is " + from.code() + " cannot be " + action.pastTense() + "."));
    }
}
