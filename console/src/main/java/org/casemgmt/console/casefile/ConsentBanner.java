package org.casemgmt.console.casefile;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import static org.casemgmt.console.api.Values.flag;
import static org.casemgmt.console.api.Values.instant;
import static org.casemgmt.console.api.Values.text;
import static org.casemgmt.console.api.Values.texts;

/**
 * What the client has consented to share, as the banner on top of the case page says it: the agencies their data
 * may go to and until when, or that there is no consent in force (referrals to other agencies are then refused).
 *
 * @param inForce whether a consent is in force now
 * @param consentId the latest consent, null when there never was one
 * @param agencies the agencies it covers
 * @param expiresAt when it runs out, null if it does not
 * @param ended why the latest consent no longer holds: WITHDRAWN, EXPIRED, or NONE when there never was one
 */
public record ConsentBanner(boolean inForce, String consentId, List<String> agencies, Instant expiresAt, String ended) {

    static ConsentBanner of(List<Map<String, Object>> consents, Instant now) {
        Map<String, Object> latest = consents.stream()
                .max(Comparator.comparing(consent -> instant(consent, "givenAt"),
                        Comparator.nullsFirst(Comparator.naturalOrder())))
                .orElse(null);
        if (latest == null) {
            return new ConsentBanner(false, null, List.of(), null, "NONE");
        }
        Instant expiresAt = instant(latest, "expiresAt");
        String consentId = text(latest, "id");
        if (flag(latest, "withdrawn")) {
            return new ConsentBanner(false, consentId, texts(latest, "sharedWithAgencyIds"), expiresAt, "WITHDRAWN");
        }
        if (expiresAt != null && !expiresAt.isAfter(now)) {
            return new ConsentBanner(false, consentId, texts(latest, "sharedWithAgencyIds"), expiresAt, "EXPIRED");
        }
        return new ConsentBanner(true, consentId, texts(latest, "sharedWithAgencyIds"), expiresAt, null);
    }
}
