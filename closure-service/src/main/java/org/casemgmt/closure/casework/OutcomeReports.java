package org.casemgmt.closure.casework;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.BinaryOperator;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.casemgmt.closure.outcome.ProgramOutcomes;
import org.casemgmt.closure.outcome.ReturnWindow;
import org.casemgmt.platform.security.StaffAccess;
import org.springframework.stereotype.Service;

/**
 * Outcomes per program over a period, for the caller's agency: the latest evaluation of every episode closed in it,
 * and each client's first return after it (a re-opening of the case, or a new case linked to it).
 */
@Service
class OutcomeReports {

    private final ClosureCaseRepository cases;
    private final StaffAccess access;

    OutcomeReports(ClosureCaseRepository cases, StaffAccess access) {
        this.cases = cases;
        this.access = access;
    }

    ProgramOutcomes program(String programId, Instant from, Instant to) {
        List<ClosureCase> closed = cases.findClosedInPeriod(access.agencyId(), programId, from, to);
        Map<String, Integer> returnsByNewCase = cases.findByReturnedFromPreviousCaseIdIn(
                        closed.stream().map(ClosureCase::getCaseId).toList()).stream()
                .map(ClosureCase::getReturnedFrom)
                .collect(Collectors.toMap(link -> key(link.previousCaseId(), link.previousEpisode()),
                        ReturnLink::withinMonths, BinaryOperator.minBy(Integer::compare)));
        List<ProgramOutcomes.Episode> episodes = closed.stream().flatMap(file -> episodesIn(file, from, to,
                returnsByNewCase)).toList();
        return ProgramOutcomes.of(programId, from, to, episodes);
    }

    private static Stream<ProgramOutcomes.Episode> episodesIn(ClosureCase file, Instant from, Instant to,
                                                              Map<String, Integer> returnsByNewCase) {
        List<Episode> all = file.getEpisodes();
        return all.stream().filter(episode -> episode.isClosed() && episode.evaluation() != null
                        && !episode.closedAt().isBefore(from) && episode.closedAt().isBefore(to))
                .map(episode -> {
                    Integer byReopening = all.stream().filter(next -> next.number() == episode.number() + 1)
                            .findFirst().flatMap(next -> ReturnWindow.of(episode.closedAt(), next.openedAt()))
                            .orElse(null);
                    Integer byNewCase = returnsByNewCase.get(key(file.getCaseId(), episode.number()));
                    Integer first = Stream.of(byReopening, byNewCase).filter(Objects::nonNull)
                            .min(Integer::compare).orElse(null);
                    return new ProgramOutcomes.Episode(episode.evaluation(), first);
                });
    }

    private static String key(String caseId, int episode) {
        return caseId + "#" + episode;
    }
}
