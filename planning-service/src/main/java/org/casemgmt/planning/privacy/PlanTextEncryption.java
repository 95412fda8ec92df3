package org.casemgmt.planning.privacy;

import java.util.function.UnaryOperator;

import org.bson.Document;
import org.casemgmt.platform.privacy.PersonalDataCipher;
import org.casemgmt.platform.privacy.SubjectErasedException;
import org.springframework.data.mongodb.core.mapping.event.AbstractMongoEventListener;
import org.springframework.data.mongodb.core.mapping.event.AfterLoadEvent;
import org.springframework.data.mongodb.core.mapping.event.BeforeSaveEvent;
import org.springframework.stereotype.Component;

/**
 * Encrypts a plan's {@link PlanTexts} in the document about to be written and decrypts them in the document just
 * read, before it becomes a plan: the subject is the plan's client. A raw read ({@code Document}) is left as stored.
 *
 * <p>An erased client's plan is written without its texts and read without them, so that no GET fails on it and a
 * late event about the case stores nothing of what was erased.
 */
@Component
class PlanTextEncryption extends AbstractMongoEventListener<Object> {

    /** The plan document's collection and fields, as {@code plan.Plan} maps them. */
    static final String PLANS = "plans";
    static final String CLIENT_ID = "clientId";
    static final String CLIENT_ERASED = "clientErased";

    private final PersonalDataCipher cipher;

    PlanTextEncryption(PersonalDataCipher cipher) {
        this.cipher = cipher;
    }

    @Override
    public void onBeforeSave(BeforeSaveEvent<Object> event) {
        if (PLANS.equals(event.getCollectionName())) {
            Document plan = event.getDocument();
            String client = plan.getString(CLIENT_ID);
            rewrite(plan, text -> cipher.encrypt(client, text));
        }
    }

    @Override
    public void onAfterLoad(AfterLoadEvent<Object> event) {
        if (PLANS.equals(event.getCollectionName()) && !Document.class.equals(event.getType())) {
            Document plan = event.getDocument();
            String client = plan.getString(CLIENT_ID);
            rewrite(plan, text -> cipher.decrypt(client, text));
        }
    }

    /** The texts changed, or all dropped and the plan marked when its client has been erased. */
    private static void rewrite(Document plan, UnaryOperator<String> change) {
        if (!plan.getBoolean(CLIENT_ERASED, false)) {
            try {
                PlanTexts.rewrite(plan, change);
                return;
            } catch (SubjectErasedException erased) {
                plan.put(CLIENT_ERASED, true);
            }
        }
        PlanTexts.rewrite(plan, text -> null);
    }
}
