package org.casemgmt.closure.casework;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.Optional;
import java.util.UUID;

import org.casemgmt.closure.destination.ExitDestination;
import org.casemgmt.closure.outcome.ReturnWindow;
import org.casemgmt.platform.domain.ResourceNotFoundException;
import org.casemgmt.platform.security.StaffAccess;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Service;

/**
 * Finds a case for a request (only an opened case, only for its own agency's staff) and does what every change of a
 * case ends with: announcing its readiness when what is missing changed.
 */
@Service
@EnableConfigurationProperties(ClosurePolicies.class)
class ClosureCases {

    private final ClosureCaseRepository cases;
    private final ClosurePolicies policies;
    private final ClosureEvents events;
    private final StaffAccess access;
    private final Clock clock;

    ClosureCases(ClosureCaseRepository cases, ClosurePolicies policies, ClosureEvents events, StaffAccess access,
                 Clock clock) {
        this.cases = cases;
        this.policies = policies;
        this.events = events;
        this.access = access;
        this.clock = clock;
    }

    /** The opened case, if it is the caller's agency's; any other case is not found. */
    ClosureCase visible(String caseId) {
        ClosureCase file = cases.findById(caseId).filter(ClosureCase::isOpened)
                .orElseThrow(() -> new ResourceNotFoundException("case", caseId));
        return access.visible(file, file.getAgencyId(), "case", caseId);
    }

    /** For an event or a timer: the case whatever its agency, started if this is the first word of it. */
    ClosureCase findOrStart(String caseId) {
        return cases.findById(caseId).orElseGet(() -> ClosureCase.started(caseId));
    }

    Optional<ClosureCase> find(String caseId) {
        return cases.findById(caseId);
    }

    ClosureCase save(ClosureCase file) {
        return cases.save(file);
    }

    /** Puts outcome.evaluated in the case's outbox when evidence of {@code happenedAt} changed a closed episode's. */
    void reevaluateWithLateEvidence(ClosureCase file, Instant happenedAt) {
        file.reevaluateAfterLateEvidence(happenedAt, clock.instant())
                .ifPresent(outcome -> file.publish(events.outcomeEvaluated(file, outcome)));
    }

    /** Puts closure.readiness-changed in the case's outbox when what is missing changed. */
    void announceReadiness(ClosureCase file) {
        file.readinessToAnnounce(policies.criteriaOf(file.getProgramId()))
                .ifPresent(readiness -> file.publish(events.readinessChanged(file, readiness, clock.instant())));
    }

    /**
     * The link to the closed episode of the client's that {@code returnedAt} comes back from, if one of the agency's
     * cases of the client closed within the last 24 months: the latest such episode, across the client's cases.
     * An erased client's history is not linked.
     */
    Optional<ReturnLink> returnToAnotherCase(ClosureCase file, Instant returnedAt) {
        if (file.getClientId() == null || file.isClientErased()) {
            return Optional.empty();
        }
        return cases.findByClientIdAndAgencyIdAndCaseIdNot(file.getClientId(), file.getAgencyId(), file.getCaseId())
                .stream().filter(other -> !other.isClientErased())
                .flatMap(other -> other.getEpisodes().stream().filter(Episode::isClosed)
                        .filter(episode -> !episode.closedAt().isAfter(returnedAt))
                        .map(episode -> link(ReturnLink.NEW_CASE, other, episode, returnedAt)))
                .flatMap(Optional::stream)
                .max(Comparator.comparing(ReturnLink::previousClosedAt));
    }

    /** The link from a re-opened case's new episode to the one it re-opens. */
    Optional<ReturnLink> returnByReopening(ClosureCase file, Episode closed, Instant returnedAt) {
        return link(ReturnLink.REOPENED, file, closed, returnedAt);
    }

    private static Optional<ReturnLink> link(String via, ClosureCase previous, Episode closed, Instant returnedAt) {
        String category = previous.approvedRequestOf(closed)
                .flatMap(request -> ExitDestination.ofCode(request.destinationCode()))
                .map(destination -> destination.category().name()).orElse(null);
        return ReturnWindow.of(closed.closedAt(), returnedAt).map(months -> new ReturnLink(via,
                previous.getCaseId(), closed.number(), previous.getProgramId(), closed.closedAt(), category,
                returnedAt, Duration.between(closed.closedAt(), returnedAt).toDays(), months));
    }

    ClosurePolicies policies() {
        return policies;
    }

    static String newId() {
        return UUID.randomUUID().toString();
    }
}
