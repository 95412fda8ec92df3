package org.casemgmt.chaos;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import java.util.regex.Pattern;

/** What the clients met on the way: every answer's status, and each reason they tried again. */
final class Counters {

    private static final Pattern IDS = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

    private final Map<Integer, LongAdder> answers = new ConcurrentHashMap<>();
    private final Map<String, LongAdder> retries = new ConcurrentHashMap<>();
    private final Map<String, LongAdder> serverErrors = new ConcurrentHashMap<>();

    void answered(int status) {
        answers.computeIfAbsent(status, any -> new LongAdder()).increment();
    }

    /** A 5xx, by what it said: each kind is looked at after the run (a 500 is a bug, a 503 a stage away). */
    void serverError(int status, String problemType, String detail, String method, String path) {
        String kind = status + " " + problemType + " " + method + " " + IDS.matcher(path).replaceAll("{id}") + ": "
                + (detail.length() > 160 ? detail.substring(0, 160) : detail);
        serverErrors.computeIfAbsent(kind, any -> new LongAdder()).increment();
    }

    Map<String, Long> serverErrorsByKind() {
        Map<String, Long> copy = new TreeMap<>();
        serverErrors.forEach((kind, count) -> copy.put(kind, count.sum()));
        return copy;
    }

    void retried(String reason) {
        retries.computeIfAbsent(reason, any -> new LongAdder()).increment();
    }

    Map<Integer, Long> answersByStatus() {
        Map<Integer, Long> copy = new TreeMap<>();
        answers.forEach((status, count) -> copy.put(status, count.sum()));
        return copy;
    }

    Map<String, Long> retriesByReason() {
        Map<String, Long> copy = new TreeMap<>();
        retries.forEach((reason, count) -> copy.put(reason, count.sum()));
        return copy;
    }
}
