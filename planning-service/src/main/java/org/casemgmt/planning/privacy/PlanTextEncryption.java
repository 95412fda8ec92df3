package org.casemgmt.planning.privacy;

import java.util.Map;
import java.util.function.UnaryOperator;

import org.casemgmt.platform.privacy.PersonalDataCipher;
import org.casemgmt.platform.privacy.PersonalTextEncryption;
import org.springframework.stereotype.Component;

/** A plan's {@link PlanTexts}, encrypted under the plan's client as it is written and decrypted as it is read. */
@Component
class PlanTextEncryption extends PersonalTextEncryption {

    /** The plan document's collection and client field, as {@code plan.Plan} maps them. */
    private static final String PLANS = "plans";
    private static final String CLIENT_ID = "clientId";

    PlanTextEncryption(PersonalDataCipher cipher) {
        super(cipher, PLANS, CLIENT_ID);
    }

    @Override
    protected void rewriteTexts(Map<String, Object> plan, UnaryOperator<String> change) {
        PlanTexts.rewrite(plan, change);
    }
}
