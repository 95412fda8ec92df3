package org.casemgmt.planning.plan;

import java.time.LocalDate;
import java.util.List;

import org.casemgmt.planning.goal.ClientAgreement;
import org.casemgmt.planning.goal.Direction;
import org.casemgmt.planning.goal.GoalTerms;
import org.casemgmt.planning.goal.Intervention;
import org.casemgmt.planning.goal.Objective;
import org.casemgmt.planning.goal.Priority;
import org.casemgmt.planning.goal.ResponsibleParty;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** The bodies the plan endpoints accept. Each carries the plan's {@code version} as read: a stale one is a 409. */
final class PlanRequests {

    private PlanRequests() {
    }

    /** Submitting, approving, activating: nothing to say but which version of the plan was read. */
    record Step(@NotNull Long version) {
    }

    record WithReason(@NotNull Long version, @NotBlank @Size(max = 1000) String reason) {
    }

    /**
     * A goal's whole content; it replaces what the goal said. An objective sent with the {@code id} the service gave
     * it is that objective, and keeps what was measured against it; one without an id is new, and the service names
     * it. An id the goal does not have, or one sent twice, is a 400.
     */
    record GoalForm(@NotNull Long version,
                    @NotBlank @Pattern(regexp = "[A-Z][A-Z_]{1,49}",
                            message = "must be an upper-case life domain such as HOUSING") String needDomain,
                    @NotBlank @Size(max = 1000) String statement,
                    @NotNull Priority priority,
                    @NotNull ResponsibleParty responsibleParty,
                    @Size(max = 100) String providerRole,
                    @NotEmpty @Size(max = 10) List<@Valid @NotNull ObjectiveForm> objectives,
                    @Size(max = 20) List<@Valid @NotNull Intervention> interventions,
                    @Valid ClientAgreement agreement) {

        @AssertTrue(message = "providerRole is required when the responsible party is PROVIDER, and only then")
        boolean isProviderRoleConsistent() {
            return (responsibleParty == ResponsibleParty.PROVIDER) == (providerRole != null && !providerRole.isBlank());
        }

        /** The terms as sent: objectives keep the caller's id (the goal checks it) or none. */
        GoalTerms terms() {
            List<Objective> targets = objectives.stream()
                    .map(o -> new Objective(o.id(), o.indicator(), o.baseline(), o.target(), o.unit(),
                            o.direction(), o.dueDate(), List.of()))
                    .toList();
            return new GoalTerms(needDomain, statement, priority, responsibleParty, providerRole, targets,
                    interventions);
        }
    }

    /** @param id the id the service gave the objective, to keep it (and what was measured); null for a new one */
    record ObjectiveForm(@Size(max = 100) String id,
                         @NotBlank @Size(max = 300) String indicator,
                         @NotNull Double baseline,
                         @NotNull Double target,
                         @NotBlank @Size(max = 50) String unit,
                         @NotNull Direction direction,
                         @NotNull LocalDate dueDate) {
    }
}
