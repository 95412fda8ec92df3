package org.casemgmt.platform.privacy;

import java.util.Map;
import java.util.function.UnaryOperator;

import org.bson.Document;
import org.springframework.data.mongodb.core.mapping.event.AbstractMongoEventListener;
import org.springframework.data.mongodb.core.mapping.event.AfterLoadEvent;
import org.springframework.data.mongodb.core.mapping.event.BeforeSaveEvent;

/**
 * Encrypts the personal texts of one collection's documents just before they are written and decrypts them just
 * after they are read, under the client's key, so that a service's domain and rules work on plain text while MongoDB
 * never holds it. A raw read ({@code Document}) is left as stored, which is what tests of "nothing in plain text"
 * read. A service declares one subclass per collection, naming where its texts are ({@link StoredTexts}).
 *
 * <p>A document of an erased client is written and read with every such text null and {@value #CLIENT_ERASED} set:
 * no read fails on it, and a late write (an event about the case arriving after the erasure) stores nothing of what
 * was erased.
 */
public abstract class PersonalTextEncryption extends AbstractMongoEventListener<Object> {

    /** Set on a document whose client's key is destroyed; an entity maps it to tell its readers. */
    public static final String CLIENT_ERASED = "clientErased";

    private final PersonalDataCipher cipher;
    private final String collection;
    private final String subjectField;

    /**
     * @param collection   the documents' collection
     * @param subjectField the field holding the client id, whose key encrypts the texts
     */
    protected PersonalTextEncryption(PersonalDataCipher cipher, String collection, String subjectField) {
        this.cipher = cipher;
        this.collection = collection;
        this.subjectField = subjectField;
    }

    /**
     * Replaces each personal text of the stored document by {@code change} of it. A new personal field of the
     * document must be added here, or it is stored in plain text.
     */
    protected abstract void rewriteTexts(Map<String, Object> document, UnaryOperator<String> change);

    @Override
    public void onBeforeSave(BeforeSaveEvent<Object> event) {
        if (collection.equals(event.getCollectionName())) {
            Document document = event.getDocument();
            String subject = document.getString(subjectField);
            PersonalDataSubjects.note(subject);
            rewrite(document, text -> cipher.encrypt(subject, text));
        }
    }

    @Override
    public void onAfterLoad(AfterLoadEvent<Object> event) {
        if (collection.equals(event.getCollectionName()) && !Document.class.equals(event.getType())) {
            Document document = event.getDocument();
            String subject = document.getString(subjectField);
            PersonalDataSubjects.note(subject);
            rewrite(document, text -> cipher.decrypt(subject, text));
        }
    }

    /** The texts changed, or all dropped and the document marked once its client has been erased. */
    private void rewrite(Document document, UnaryOperator<String> change) {
        if (!document.getBoolean(CLIENT_ERASED, false)) {
            try {
                rewriteTexts(document, change);
                return;
            } catch (SubjectErasedException erased) {
                document.put(CLIENT_ERASED, true);
            }
        }
        rewriteTexts(document, text -> null);
    }
}
