package org.casemgmt.platform.privacy;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import jakarta.servlet.ServletRequest;

import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * The clients whose personal data the current request wrote or read: every text {@link PersonalTextEncryption}
 * encrypts or decrypts notes its client here. Whatever keeps a copy of the response (the Idempotency-Key replay
 * store) seals it under these clients' keys, so that erasing any of them makes the copy unreadable as well.
 */
public final class PersonalDataSubjects {

    private static final String ATTRIBUTE = PersonalDataSubjects.class.getName();

    private PersonalDataSubjects() {
    }

    /** Notes that the current request wrote or read {@code subjectId}'s personal data; outside a request, nothing. */
    public static void note(String subjectId) {
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        if (request == null || subjectId == null) {
            return;
        }
        @SuppressWarnings("unchecked")
        Set<String> subjects = (Set<String>) request.getAttribute(ATTRIBUTE, RequestAttributes.SCOPE_REQUEST);
        if (subjects == null) {
            subjects = new LinkedHashSet<>();
            request.setAttribute(ATTRIBUTE, subjects, RequestAttributes.SCOPE_REQUEST);
        }
        subjects.add(subjectId);
    }

    /** The clients noted during {@code request}, in the order first met; empty when it touched nobody's data. */
    public static List<String> of(ServletRequest request) {
        return request.getAttribute(ATTRIBUTE) instanceof Set<?> subjects
                ? subjects.stream().map(String.class::cast).toList() : List.of();
    }
}
