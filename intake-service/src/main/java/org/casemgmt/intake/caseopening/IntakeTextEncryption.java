package org.casemgmt.intake.caseopening;

import java.util.Map;
import java.util.function.UnaryOperator;

import org.casemgmt.platform.privacy.PersonalDataCipher;
import org.casemgmt.platform.privacy.PersonalTextEncryption;
import org.springframework.stereotype.Component;

import static org.casemgmt.platform.privacy.StoredTexts.child;
import static org.casemgmt.platform.privacy.StoredTexts.each;
import static org.casemgmt.platform.privacy.StoredTexts.text;
import static org.casemgmt.platform.privacy.StoredTexts.texts;

/**
 * What people wrote about the client in an intake is encrypted under the intake's client id, so destroying the
 * client's key at erasure makes it unreadable without touching the intakes: need summaries, strengths, risk notes,
 * the housing and employment situations, document titles and references, and a consent withdrawal's reason.
 *
 * <p>Left readable, because the rules and the agency's statistics need them and they describe no one: life domains,
 * severities, risk types and levels, household size, monthly income, residency area, document types and dates,
 * eligibility results, priorities, statuses and dates. A consent's purpose also stays: it is the scope of the
 * processing, published in {@code consent.granted} and {@code case.opened}, and must be worded as such (the program's
 * standard wording), never with details of the person.
 */
@Component
class IntakeTextEncryption extends PersonalTextEncryption {

    IntakeTextEncryption(PersonalDataCipher cipher) {
        super(cipher, "intakes", "clientId");
    }

    @Override
    protected void rewriteTexts(Map<String, Object> intake, UnaryOperator<String> change) {
        Map<String, Object> assessment = child(intake, "assessment");
        each(assessment, "needs", need -> text(need, "summary", change));
        texts(assessment, "strengths", change);
        each(assessment, "risks", risk -> text(risk, "note", change));
        Map<String, Object> circumstances = child(assessment, "circumstances");
        text(circumstances, "housingSituation", change);
        text(circumstances, "employmentStatus", change);
        each(assessment, "documents", document -> {
            text(document, "title", change);
            text(document, "reference", change);
        });
        each(intake, "consents", consent -> text(child(consent, "withdrawal"), "reason", change));
    }
}
