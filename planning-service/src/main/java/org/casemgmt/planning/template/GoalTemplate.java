package org.casemgmt.planning.template;

import java.util.List;

import org.casemgmt.planning.goal.Intervention;
import org.casemgmt.planning.goal.ResponsibleParty;

/**
 * The goal suggested for a need in one life domain, held as data so an agency can change it without a release.
 *
 * @param providerRole the kind of provider responsible when {@code responsibleParty} is PROVIDER; else null
 */
public record GoalTemplate(String needDomain, String statement, ResponsibleParty responsibleParty,
                           String providerRole, List<ObjectiveTemplate> objectives,
                           List<Intervention> interventions) {
}
