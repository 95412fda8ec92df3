package org.casemgmt.closure.retention;

/**
 * How long the agency keeps a closed case of a program, and why: the period counts from the closure.
 *
 * @param period     how long
 * @param legalBasis the statute, funder's rule or agency decision that sets it, in the agency's words
 */
record RetentionPolicy(RetentionPeriod period, String legalBasis) {
}
