package org.casemgmt.platform.web;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** Query parameters the endpoint does not read: answered with 400, problem type {@code unknown-query-parameter}. */
class UnknownQueryParameterException extends RuntimeException {

    /** A request may send thousands of names: the problem repeats a few, shortened, not the whole query. */
    private static final int NAMES_REPEATED = 10;
    private static final int NAME_LENGTH_REPEATED = 64;

    private final List<String> unknown;
    private final List<String> accepted;

    /** @param accepted the names the endpoint reads; null if it reads any plain name */
    UnknownQueryParameterException(Set<String> unknown, Set<String> accepted) {
        super(null, null, false, false);
        this.unknown = unknown.stream().limit(NAMES_REPEATED)
                .map(name -> name.length() > NAME_LENGTH_REPEATED ? name.substring(0, NAME_LENGTH_REPEATED) + "..." : name)
                .toList();
        this.accepted = accepted == null ? null : List.copyOf(new TreeSet<>(accepted));
    }

    List<String> unknown() {
        return unknown;
    }

    /** Null when the endpoint reads any plain name. */
    List<String> accepted() {
        return accepted;
    }
}
