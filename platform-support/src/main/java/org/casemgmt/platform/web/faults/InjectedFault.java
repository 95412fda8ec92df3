package org.casemgmt.platform.web.faults;

import java.math.BigInteger;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * What this instance does to the requests under {@code /api/}: nothing, answer 503 at once, or wait before
 * answering. As JSON: {@code {"mode":"NONE|FAIL|SLOW","delayMillis":n}}, {@code delayMillis} only for SLOW.
 *
 * @param delayMillis how long a SLOW request waits before it runs; 0 for the other modes
 */
record InjectedFault(Mode mode, long delayMillis) {

    static final InjectedFault NONE = new InjectedFault(Mode.NONE, 0);
    /** Long enough for any time-out a test wants to cross, short enough that a typo does not park threads for hours. */
    static final long MAX_DELAY_MILLIS = 600_000;
    private static final Set<String> MEMBERS = Set.of("mode", "delayMillis");

    enum Mode { NONE, FAIL, SLOW }

    InjectedFault {
        if (mode == Mode.SLOW ? delayMillis < 1 || delayMillis > MAX_DELAY_MILLIS : delayMillis != 0) {
            throw new InvalidFaultException(mode == Mode.SLOW
                    ? "SLOW needs delayMillis from 1 to " + MAX_DELAY_MILLIS + "."
                    : "delayMillis is for SLOW only; leave it out (or 0) for " + mode + ".");
        }
    }

    /** Reads the switch's JSON body, already parsed to its members; refuses anything it does not know. */
    static InjectedFault from(Map<?, ?> members) {
        if (members == null) {
            throw new InvalidFaultException("The body must be a JSON object with mode and, for SLOW, delayMillis.");
        }
        for (Object name : members.keySet()) {
            if (!MEMBERS.contains(name)) {
                throw new InvalidFaultException("Unknown member '" + name + "': only mode and delayMillis.");
            }
        }
        if (!(members.get("mode") instanceof String name)) {
            throw new InvalidFaultException("mode is required: one of NONE, FAIL, SLOW.");
        }
        Mode mode;
        try {
            mode = Mode.valueOf(name);
        } catch (IllegalArgumentException unknown) {
            throw new InvalidFaultException("Unknown mode '" + name + "': one of NONE, FAIL, SLOW.");
        }
        long delayMillis = switch (members.get("delayMillis")) {
            case null -> 0;
            case Integer millis -> millis;
            case Long millis -> millis;
            case BigInteger beyondLong -> Long.MAX_VALUE; // out of range, refused as such by the constructor
            default -> throw new InvalidFaultException("delayMillis must be a whole number of milliseconds.");
        };
        return new InjectedFault(mode, delayMillis);
    }

    Map<String, Object> asJsonMembers() {
        Map<String, Object> members = new LinkedHashMap<>();
        members.put("mode", mode.name());
        members.put("delayMillis", delayMillis);
        return members;
    }

    @Override
    public String toString() {
        return mode == Mode.SLOW ? "SLOW (" + delayMillis + " ms)" : mode.name();
    }

    static final class InvalidFaultException extends RuntimeException {
        InvalidFaultException(String message) {
            super(message);
        }
    }
}
