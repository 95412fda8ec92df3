package org.casemgmt.monitoring.instrument;

import static org.casemgmt.platform.privacy.StoredTexts.text;

import java.util.Map;
import java.util.function.UnaryOperator;

import org.casemgmt.platform.privacy.PersonalDataCipher;
import org.casemgmt.platform.privacy.PersonalTextEncryption;
import org.springframework.stereotype.Component;

/**
 * The client's answers to an instrument, encrypted under their key: item by item they say more than the total does
 * (PHQ-9 item 9 is about self-harm). The scores, bands and alerts stay readable; they are what assessment.scored and
 * threshold.crossed carry anyway. A new field holding answers must be added here, or it is stored in plain text.
 */
@Component
class AssessmentTextEncryption extends PersonalTextEncryption {

    AssessmentTextEncryption(PersonalDataCipher cipher) {
        super(cipher, "assessments", "clientId");
    }

    @Override
    protected void rewriteTexts(Map<String, Object> assessment, UnaryOperator<String> change) {
        text(assessment, "answers", change);
    }
}
