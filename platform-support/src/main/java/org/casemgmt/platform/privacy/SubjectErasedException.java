package org.casemgmt.platform.privacy;

/**
 * The subject's key has been destroyed: their personal data can never be read again, and nothing new is
 * encrypted for them. A caller shows the record as erased instead of its personal fields.
 */
public class SubjectErasedException extends RuntimeException {

    private final String subjectId;

    public SubjectErasedException(String subjectId) {
        super("subject " + subjectId + " has been erased: their key is destroyed");
        this.subjectId = subjectId;
    }

    public String subjectId() {
        return subjectId;
    }
}
