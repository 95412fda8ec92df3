package org.casemgmt.referral.matching;

import java.util.List;

/** The ranked candidates for one open goal of the case's plan. */
public record GoalMatches(String goalId, String needDomain, String priority, List<String> serviceTypes,
                          List<Match> matches) {
}
