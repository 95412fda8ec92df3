package org.casemgmt.planning.template;

import java.util.List;

import org.casemgmt.planning.goal.Intervention;
import org.casemgmt.planning.goal.ResponsibleParty;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A goal template as written through the API or in the seed file.
 *
 * @param version the version read; null to create the template of a domain that has none
 */
record GoalTemplateForm(Long version,
                        @NotBlank @Size(max = 1000) String statement,
                        @NotNull ResponsibleParty responsibleParty,
                        @Size(max = 100) String providerRole,
                        @NotEmpty @Size(max = 10) List<@Valid @NotNull ObjectiveTemplate> objectives,
                        @Size(max = 20) List<@Valid @NotNull Intervention> interventions) {

    @AssertTrue(message = "providerRole is required when the responsible party is PROVIDER, and only then")
    boolean isProviderRoleConsistent() {
        return (responsibleParty == ResponsibleParty.PROVIDER) == (providerRole != null && !providerRole.isBlank());
    }

    GoalTemplate template(String needDomain) {
        return new GoalTemplate(needDomain, statement, responsibleParty, providerRole, objectives,
                interventions == null ? List.of() : interventions);
    }
}
