package org.casemgmt.intake.privacy;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

import org.bson.Document;
import org.casemgmt.platform.privacy.PersonalDataCipher;
import org.casemgmt.platform.privacy.SubjectErasedException;
import org.springframework.data.mongodb.core.mapping.event.AbstractMongoEventListener;
import org.springframework.data.mongodb.core.mapping.event.AfterLoadEvent;
import org.springframework.data.mongodb.core.mapping.event.BeforeSaveEvent;

/**
 * Encrypts the personal texts of one collection's documents just before they are written and decrypts them just
 * after they are read, under the client's key, so that the domain and its rules work on plain text while MongoDB
 * never holds it. A raw read ({@code Document}) is left as stored, which is what the tests of "nothing in plain
 * text" read.
 *
 * <p>A document of an erased client reads with every such text null and {@value #CLIENT_ERASED} set, so that no
 * read fails on it; writing a new text for an erased client fails with {@link SubjectErasedException}, which the
 * services prevent by refusing changes to an erased client's records first.
 */
public abstract class PersonalTextEncryption extends AbstractMongoEventListener<Object> {

    /** Set on a document read after its client's key was destroyed; an entity may map it to tell its readers. */
    public static final String CLIENT_ERASED = "clientErased";

    private final PersonalDataCipher cipher;
    private final String collection;
    private final String subjectField;

    protected PersonalTextEncryption(PersonalDataCipher cipher, String collection, String subjectField) {
        this.cipher = cipher;
        this.collection = collection;
        this.subjectField = subjectField;
    }

    /**
     * Replaces each personal text of the stored document by {@code change} of it; absent and null texts stay. A
     * new personal field of the document must be added here, or it is stored in plain text.
     */
    protected abstract void rewriteTexts(Map<String, Object> document, UnaryOperator<String> change);

    @Override
    public void onBeforeSave(BeforeSaveEvent<Object> event) {
        if (collection.equals(event.getCollectionName())) {
            Document document = event.getDocument();
            String subject = document.getString(subjectField);
            rewriteTexts(document, text -> cipher.encrypt(subject, text));
        }
    }

    @Override
    public void onAfterLoad(AfterLoadEvent<Object> event) {
        if (collection.equals(event.getCollectionName()) && !Document.class.equals(event.getType())) {
            Document document = event.getDocument();
            String subject = document.getString(subjectField);
            try {
                rewriteTexts(document, text -> cipher.decrypt(subject, text));
            } catch (SubjectErasedException erased) {
                rewriteTexts(document, text -> null);
                document.put(CLIENT_ERASED, true);
            }
        }
    }

    protected static void text(Map<String, Object> holder, String field, UnaryOperator<String> change) {
        if (holder != null && holder.get(field) instanceof String text) {
            holder.put(field, change.apply(text));
        }
    }

    /** Each text of a list of texts, e.g. an assessment's strengths; an erased list reads empty. */
    protected static void texts(Map<String, Object> holder, String field, UnaryOperator<String> change) {
        if (holder != null && holder.get(field) instanceof List<?> elements) {
            holder.put(field, elements.stream()
                    .map(element -> element instanceof String text ? change.apply(text) : element)
                    .filter(Objects::nonNull).toList());
        }
    }

    protected static void each(Map<String, Object> holder, String field, Consumer<Map<String, Object>> action) {
        if (holder != null && holder.get(field) instanceof List<?> elements) {
            elements.stream().map(PersonalTextEncryption::asMap).forEach(element -> {
                if (element != null) {
                    action.accept(element);
                }
            });
        }
    }

    protected static Map<String, Object> child(Map<String, Object> holder, String field) {
        return holder == null ? null : asMap(holder.get(field));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> asMap(Object value) {
        return value instanceof Map<?, ?> map ? (Map<String, Object>) map : null;
    }
}
