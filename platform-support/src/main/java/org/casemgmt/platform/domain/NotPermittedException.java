package org.casemgmt.platform.domain;

/**
 * The actor may not do this (a role or a four-eyes rule refuses it, whatever the state of the resource): answered
 * with 403 and problem type {@code urn:casemgmt:problem:<slug>}. A refusal because of the resource's state is a
 * {@link RuleViolationException} (409) instead.
 */
public class NotPermittedException extends RuleViolationException {

    /**
     * @param slug   the rule's stable name, e.g. {@code approval-not-permitted}
     * @param detail what a user reads: who may do it instead
     */
    public NotPermittedException(String slug, String detail) {
        super(slug, detail);
    }
}
