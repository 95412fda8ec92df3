package org.casemgmt.closure.readiness;

import java.util.List;

/**
 * One criterion of the program, met or not, with what is still pending (goal, referral or instrument ids) and what
 * the worker can do about it.
 */
public record CriterionCheck(CompletionCriterion criterion, boolean met, List<String> pending, String detail) {
}
