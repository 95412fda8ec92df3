package org.casemgmt.referral.referral;

import org.casemgmt.platform.timer.DueTimerHandler;
import org.springframework.stereotype.Component;

/** The referrals' reminders, deadlines and capacity retries, fired by platform-support's DueTimerPoller. */
@Component
class ReferralTimers implements DueTimerHandler {

    private final ReferralService referrals;

    ReferralTimers(ReferralService referrals) {
        this.referrals = referrals;
    }

    @Override
    public String collection() {
        return "referrals";
    }

    @Override
    public void fire(String documentId) {
        referrals.timerDue(documentId);
    }
}
