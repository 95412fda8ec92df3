package org.casemgmt.closure.casework;

import java.time.Instant;
import java.util.List;

import org.casemgmt.closure.destination.ExitDestination;
import org.casemgmt.closure.followup.FollowUp;

/** A case's closure as its workers read it: status, episodes, transition plan, requests and follow-ups. */
record CaseClosureView(String caseId, Long version, String programId, String status, int episode,
                       List<EpisodeView> episodes, TransitionPlanView transitionPlan, List<ClosureRequest> requests,
                       List<FollowUp> followUps, ReturnLink returnedFrom, boolean clientErased) {

    record EpisodeView(int number, Instant openedAt, Instant closedAt, String closureId, String reopenedBy,
                       String reopenReason, String reopenNotes) {
    }

    record TransitionPlanView(int episode, Integer destinationCode, String destinationCategory,
                              String destinationLabel, Boolean followUpContactAgreed, String supportContacts,
                              String continuingSupport, List<String> handedOverReferralIds, String plannedBy,
                              Instant plannedAt) {
    }

    static CaseClosureView of(ClosureCase file) {
        return new CaseClosureView(file.getCaseId(), file.getVersion(), file.getProgramId(), file.getStatus().name(),
                file.currentEpisode().number(), file.getEpisodes().stream().map(e -> new EpisodeView(e.number(),
                        e.openedAt(), e.closedAt(), e.closureId(), e.reopenedBy(), e.reopenReason(), e.reopenNotes()))
                .toList(), file.getTransition().map(CaseClosureView::plan).orElse(null), file.getRequests(),
                file.getFollowUps().all(), file.getReturnedFrom(), file.isClientErased());
    }

    private static TransitionPlanView plan(TransitionPlan plan) {
        ExitDestination destination = plan.destinationCode() == null ? null
                : ExitDestination.ofCode(plan.destinationCode()).orElse(null);
        return new TransitionPlanView(plan.episode(), plan.destinationCode(),
                destination == null ? null : destination.category().name(),
                destination == null ? null : destination.label(), plan.followUpContactAgreed(),
                plan.supportContacts(), plan.continuingSupport(), plan.handedOverReferralIds(), plan.plannedBy(),
                plan.plannedAt());
    }
}
