package org.casemgmt.referral.referral;

import static org.casemgmt.platform.privacy.StoredTexts.each;
import static org.casemgmt.platform.privacy.StoredTexts.text;

import java.util.Map;
import java.util.function.UnaryOperator;

import org.casemgmt.platform.privacy.PersonalDataCipher;
import org.casemgmt.platform.privacy.PersonalTextEncryption;
import org.springframework.stereotype.Component;

/**
 * What people write about the client on a referral, encrypted under the client's key: the case worker's note to the
 * provider and every note of its history (why it was declined, how it ended). Codes, ids and dates stay readable
 * for statistics. A new free-text field of a referral must be added here, or it is stored in plain text.
 */
@Component
class ReferralTextEncryption extends PersonalTextEncryption {

    ReferralTextEncryption(PersonalDataCipher cipher) {
        super(cipher, "referrals", "clientId");
    }

    @Override
    protected void rewriteTexts(Map<String, Object> referral, UnaryOperator<String> change) {
        text(referral, "note", change);
        each(referral, "history", step -> text(step, "note", change));
    }
}
