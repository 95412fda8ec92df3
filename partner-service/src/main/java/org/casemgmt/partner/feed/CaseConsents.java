package org.casemgmt.partner.feed;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.casemgmt.events.partner.v1.ConsentEnded;

/**
 * One case's consents as the feeds know them, the value of the consent store keyed by case id: each consent's
 * agencies and expiry, and whether it ended. An ended consent stays, so that a grant read again (a redelivery, or
 * read after its withdrawal from another topic) does not bring it back.
 */
record CaseConsents(List<Consent> consents) {

    CaseConsents {
        consents = List.copyOf(consents);
    }

    static CaseConsents none() {
        return new CaseConsents(List.of());
    }

    /**
     * @param endedBy {@link ConsentEnded#WITHDRAWN} or {@link ConsentEnded#EXPIRED} once ended, else null
     * @param endedAt when it was withdrawn or expired
     */
    record Consent(String consentId, List<String> agencyIds, Instant expiresAt, String endedBy, Instant endedAt) {

        Consent {
            agencyIds = agencyIds == null ? List.of() : List.copyOf(agencyIds);
        }

        boolean live() {
            return endedBy == null;
        }

        /** Shares with the agency at {@code time}: not ended, and not yet expired then. */
        boolean covers(String agencyId, Instant time) {
            return live() && agencyIds.contains(agencyId) && (expiresAt == null || time.isBefore(expiresAt));
        }

        Consent ended(String reason, Instant at) {
            return new Consent(consentId, agencyIds, expiresAt, reason, at);
        }
    }

    /** A notice owed to a partner: the consent that covered it ended and no other does. */
    record Ending(String agencyId, Consent consent) {
    }

    boolean covers(String agencyId, Instant time) {
        return consents.stream().anyMatch(consent -> consent.covers(agencyId, time));
    }

    /** With the consent granted, unless it is known already: a grant read twice changes nothing. */
    CaseConsents granted(String consentId, List<String> agencyIds, Instant expiresAt) {
        if (consentId == null || find(consentId) != null) {
            return this;
        }
        List<Consent> with = new ArrayList<>(consents);
        with.add(new Consent(consentId, agencyIds, expiresAt, null, null));
        return new CaseConsents(with);
    }

    /** With the consent withdrawn; one never granted is remembered as ended, should its grant come later. */
    CaseConsents withdrawn(String consentId, Instant at) {
        Consent consent = find(consentId);
        if (consent == null) {
            List<Consent> with = new ArrayList<>(consents);
            with.add(new Consent(consentId, List.of(), null, ConsentEnded.WITHDRAWN, at));
            return new CaseConsents(with);
        }
        return consent.live() ? replace(consent, consent.ended(ConsentEnded.WITHDRAWN, at)) : this;
    }

    /** With every live consent whose expiry is not after {@code now} ended as expired, at its expiry. */
    CaseConsents expiredBy(Instant now) {
        CaseConsents result = this;
        for (Consent consent : consents) {
            if (consent.live() && consent.expiresAt() != null && !consent.expiresAt().isAfter(now)) {
                result = result.replace(consent, consent.ended(ConsentEnded.EXPIRED, consent.expiresAt()));
            }
        }
        return result;
    }

    /**
     * The notices owed when this became {@code next}: one per agency some live consent covered here and none
     * covers in {@code next}, naming the consent of {@code next} that ended last among those that covered it.
     */
    List<Ending> endingsUpTo(CaseConsents next) {
        Map<String, Consent> endings = new LinkedHashMap<>();
        for (String agencyId : liveAgencies()) {
            if (next.liveAgencies().contains(agencyId)) {
                continue;
            }
            next.consents.stream()
                    .filter(consent -> !consent.live() && consent.agencyIds().contains(agencyId))
                    .filter(consent -> find(consent.consentId()) != null && find(consent.consentId()).live())
                    .reduce((first, second) -> second)
                    .ifPresent(ended -> endings.put(agencyId, ended));
        }
        return endings.entrySet().stream().map(ending -> new Ending(ending.getKey(), ending.getValue())).toList();
    }

    boolean hasLiveConsentExpiringBy(Instant now) {
        return consents.stream()
                .anyMatch(consent -> consent.live() && consent.expiresAt() != null && !consent.expiresAt().isAfter(now));
    }

    private Set<String> liveAgencies() {
        Set<String> agencies = new TreeSet<>();
        consents.stream().filter(Consent::live).forEach(consent -> agencies.addAll(consent.agencyIds()));
        return agencies;
    }

    private Consent find(String consentId) {
        return consents.stream().filter(consent -> consent.consentId().equals(consentId)).findFirst().orElse(null);
    }

    private CaseConsents replace(Consent old, Consent updated) {
        List<Consent> with = new ArrayList<>(consents);
        with.set(with.indexOf(old), updated);
        return new CaseConsents(with);
    }
}
