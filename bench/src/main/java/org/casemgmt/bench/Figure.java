package org.casemgmt.bench;

/**
 * One measured figure: {@code key} names it in the JSON, where two runs are compared, so it never changes with the
 * wording of {@code label}, the table's.
 */
record Figure(String key, String label) {
}
