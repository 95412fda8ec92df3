package org.casemgmt.referral.matching;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;

import org.casemgmt.referral.casefile.CaseGoal;
import org.casemgmt.referral.directory.Capacity;
import org.casemgmt.referral.directory.ServiceListing;

/**
 * Ranks the directory's services for one goal of a plan, the way a case worker would weigh them (HSDS's matching
 * keys, Gravity's capacity status): only active services offering one of the goal's service types are candidates;
 * then a service whose eligibility rules the client's known facts fail ranks below every one they do not; one the
 * client's consent does not cover ranks below those it does (a referral to it would be refused); then room now
 * before a waitlist, before a service needing an assessment first, before one with no room; then the more of the
 * goal's service types it offers, a capacity updated in the last week before an older one, the more units free,
 * and the name. Every rank comes with the reasons that placed it.
 */
public final class MatchRanking {

    /** A capacity older than this is flagged as possibly out of date and ranks below a fresher one. */
    static final Duration FRESH = Duration.ofDays(7);
    static final String ACTIVE = "active";

    private MatchRanking() {
    }

    public static List<Match> rank(CaseGoal goal, List<ServiceListing> services, EligibilityFacts facts,
                                   Predicate<String> consentCoversAgency, Instant now) {
        List<Candidate> candidates = services.stream()
                .filter(service -> ACTIVE.equalsIgnoreCase(service.status()))
                .map(service -> Candidate.of(goal, service, facts, consentCoversAgency.test(service.agencyId()), now))
                .filter(candidate -> !candidate.matchedServiceTypes.isEmpty())
                .sorted(ORDER)
                .toList();
        List<Match> ranked = new ArrayList<>();
        for (Candidate candidate : candidates) {
            ranked.add(candidate.match(ranked.size() + 1));
        }
        return ranked;
    }

    private static final Comparator<Candidate> ORDER = Comparator
            .comparing((Candidate c) -> !c.eligible)
            .thenComparing(c -> !c.consentCovers)
            .thenComparing(c -> c.room)
            .thenComparing(c -> -c.matchedServiceTypes.size())
            .thenComparing(c -> !c.fresh)
            .thenComparing(c -> -c.offerable())
            .thenComparing(c -> c.service.serviceName(), Comparator.nullsLast(Comparator.naturalOrder()));

    /** How soon a service can take the client, best first. */
    enum Room {
        FREE, NOT_TRACKED, WAITLIST, ASSESSMENT_FIRST, NONE;

        static Room of(Capacity capacity) {
            if (capacity == null) {
                return NOT_TRACKED;
            }
            if ("waitlist".equals(capacity.status())) {
                return WAITLIST;
            }
            if (capacity.offerable() <= 0 || "no-capacity".equals(capacity.status())) {
                return NONE;
            }
            return "additional-assessment-required".equals(capacity.status()) ? ASSESSMENT_FIRST : FREE;
        }
    }

    private static final class Candidate {
        private final ServiceListing service;
        private final List<String> matchedServiceTypes;
        private final boolean eligible;
        private final boolean consentCovers;
        private final Room room;
        private final boolean fresh;
        private final List<String> reasons;

        private Candidate(ServiceListing service, List<String> matchedServiceTypes, boolean eligible,
                          boolean consentCovers, Room room, boolean fresh, List<String> reasons) {
            this.service = service;
            this.matchedServiceTypes = matchedServiceTypes;
            this.eligible = eligible;
            this.consentCovers = consentCovers;
            this.room = room;
            this.fresh = fresh;
            this.reasons = reasons;
        }

        static Candidate of(CaseGoal goal, ServiceListing service, EligibilityFacts facts, boolean consentCovers,
                            Instant now) {
            List<String> matched = goal.serviceTypes().stream().filter(service.serviceTypes()::contains).toList();
            List<String> reasons = new ArrayList<>();
            reasons.add("offers " + String.join(", ", matched));
            boolean eligible = age(service, facts.age(), reasons) & language(service, facts.language(), reasons)
                    & area(service, facts.area(), reasons);
            reasons.add(consentCovers ? "the client's consent covers agency " + service.agencyId()
                    : "the client's consent does not cover agency " + service.agencyId()
                    + ": a referral would be refused");
            Room room = Room.of(service.capacity());
            reasons.add(room(service.capacity(), room));
            Instant updated = service.capacity() != null ? service.capacity().updated() : service.lastModified();
            boolean fresh = updated != null && !updated.isBefore(now.minus(FRESH));
            if (updated != null) {
                long days = Duration.between(updated, now).toDays();
                reasons.add((fresh ? "updated " : "possibly out of date: last updated ") + days
                        + (days == 1 ? " day ago" : " days ago"));
            }
            return new Candidate(service, matched, eligible, consentCovers, room, fresh, reasons);
        }

        int offerable() {
            return service.capacity() == null ? 0 : service.capacity().offerable();
        }

        Match match(int rank) {
            boolean canTake = eligible && consentCovers && (room == Room.FREE || room == Room.NOT_TRACKED
                    || room == Room.ASSESSMENT_FIRST);
            return new Match(rank, service.serviceId(), service.serviceName(), service.organizationId(),
                    service.organizationName(), service.agencyId(), matchedServiceTypes, eligible, consentCovers,
                    canTake, service.capacity(), List.copyOf(reasons));
        }
    }

    private static boolean age(ServiceListing service, Integer age, List<String> reasons) {
        Integer minimum = service.minimumAge();
        Integer maximum = service.maximumAge();
        if (minimum == null && maximum == null) {
            return true;
        }
        if (age == null) {
            reasons.add("age not given: its age rule was not checked");
            return true;
        }
        if (minimum != null && age < minimum) {
            reasons.add("not eligible: age " + age + " is under its minimum age of " + minimum);
            return false;
        }
        if (maximum != null && age > maximum) {
            reasons.add("not eligible: age " + age + " is over its maximum age of " + maximum);
            return false;
        }
        reasons.add("age " + age + " is within its age range");
        return true;
    }

    private static boolean language(ServiceListing service, String language, List<String> reasons) {
        if (service.languages().isEmpty()) {
            return true;
        }
        if (language == null) {
            reasons.add("language not given: its languages were not checked");
            return true;
        }
        boolean spoken = service.languages().stream().anyMatch(code -> code.equalsIgnoreCase(language));
        reasons.add(spoken ? "works in " + language.toLowerCase(Locale.ROOT)
                : "not eligible: works in " + String.join(", ", service.languages()) + ", not " + language);
        return spoken;
    }

    private static boolean area(ServiceListing service, String area, List<String> reasons) {
        if (service.serviceAreas().isEmpty()) {
            return true;
        }
        if (area == null) {
            reasons.add("area not given: its service areas were not checked");
            return true;
        }
        boolean served = service.serviceAreas().stream().anyMatch(name -> name.equalsIgnoreCase(area));
        reasons.add(served ? "serves " + area
                : "not eligible: serves " + String.join(", ", service.serviceAreas()) + ", not " + area);
        return served;
    }

    private static String room(Capacity capacity, Room room) {
        return switch (room) {
            case NOT_TRACKED -> "capacity not reported";
            case WAITLIST -> "waitlist" + notes(capacity);
            case NONE -> "no capacity: " + capacity.offerable() + " " + unit(capacity) + " free" + notes(capacity);
            case ASSESSMENT_FIRST -> capacity.offerable() + " " + unit(capacity)
                    + " free after an additional assessment" + notes(capacity);
            case FREE -> capacity.offerable() + (capacity.maximum() == null ? "" : " of " + capacity.maximum()) + " "
                    + unit(capacity) + " free";
        };
    }

    private static String unit(Capacity capacity) {
        return capacity.unit() == null ? "units" : capacity.unit();
    }

    private static String notes(Capacity capacity) {
        return capacity.notes() == null || capacity.notes().isBlank() ? "" : " (" + capacity.notes() + ")";
    }
}
