package org.casemgmt.intake.caseopening;

import java.util.Map;
import java.util.function.UnaryOperator;

import org.bson.types.Decimal128;
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
 * the circumstances (household size, monthly income, residency area, housing and employment situations), document
 * titles and references, a consent's purpose and a withdrawal's reason, and the messages of failed eligibility rules
 * and decline reasons, which quote the client's age, area and income.
 *
 * <p>Left readable, because the agency's statistics need them and they describe no one: life domains, severities,
 * risk types and levels, document types and dates, the codes of the eligibility rules that failed (whether the
 * client was in the program's area and under its income limit), priorities, statuses and dates. Household size and
 * income are needed by the rules only until the decision, so the decision's rule codes are all that is kept of them.
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
        number(circumstances, "householdSize", change);
        number(circumstances, "monthlyIncome", change);
        text(circumstances, "residencyArea", change);
        text(circumstances, "housingSituation", change);
        text(circumstances, "employmentStatus", change);
        each(assessment, "documents", document -> {
            text(document, "title", change);
            text(document, "reference", change);
        });
        each(intake, "consents", consent -> {
            text(consent, "purpose", change);
            text(child(consent, "withdrawal"), "reason", change);
        });
        each(child(intake, "eligibility"), "failedRules", failed -> text(failed, "message", change));
        each(intake, "declineReasons", reason -> text(reason, "message", change));
    }

    /**
     * A number is stored as the encrypted text of its decimal form; read back decrypted it is that text again, which
     * the mapping converts to the field's type (and null once the client is erased).
     */
    private static void number(Map<String, Object> holder, String field, UnaryOperator<String> change) {
        if (holder != null && (holder.get(field) instanceof Number || holder.get(field) instanceof Decimal128)) {
            holder.put(field, holder.get(field).toString());
        }
        text(holder, field, change);
    }
}
