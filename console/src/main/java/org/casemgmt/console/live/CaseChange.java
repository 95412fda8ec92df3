package org.casemgmt.console.live;

import java.time.Instant;
import java.util.Map;
import java.util.Set;

/**
 * That something happened to a case, as the live stream tells an open page: the topic and the case, nothing of what
 * changed. The page asks the API again with its user's token, so the platform decides what they see.
 *
 * @param agencies the agencies the event names (the case's, a referral's receiving agency), which may be told of it
 *                 even before one of their pages shows the case
 * @param heardAt when the console read it
 */
public record CaseChange(String topic, String caseId, Set<String> agencies, Instant heardAt) {

    /** From an event's key and body; the agencies from the fields that name one. */
    static CaseChange of(String topic, String key, Map<String, Object> body, Instant heardAt) {
        Object caseId = body.get("caseId");
        java.util.Set<String> agencies = new java.util.HashSet<>();
        for (String field : new String[] {"agencyId", "receivingAgencyId", "requestingAgencyId"}) {
            Object agency = body.get(field);
            if (agency != null) {
                agencies.add(String.valueOf(agency));
            }
        }
        return new CaseChange(topic, caseId != null ? String.valueOf(caseId) : key, Set.copyOf(agencies), heardAt);
    }

    /** Whether a page of this user's, showing these cases, should hear of it. */
    boolean concerns(String agency, Set<String> casesShown) {
        return (caseId != null && casesShown.contains(caseId)) || agencies.contains(agency);
    }
}
