package org.casemgmt.platform.persistence;

import java.util.Objects;

import org.springframework.dao.OptimisticLockingFailureException;

/**
 * Refuses a change made to a version of a document the caller no longer sees: a client sends back the version it
 * read, and an update based on an older one answers 409 instead of silently overwriting someone else's change.
 * The {@code @Version} check on save still covers two requests racing after this check.
 */
public final class ExpectedVersion {

    private ExpectedVersion() {
    }

    public static void check(String kind, String id, Long current, long expected) {
        if (!Objects.equals(current, expected)) {
            throw new OptimisticLockingFailureException(kind + " " + id + " is at version " + current
                    + ", but the change was made to version " + expected);
        }
    }

    /**
     * For a resource its first PUT creates: a change sent without a version creates it, and is stale once it exists;
     * a change sent with a version is stale unless the resource is at that version.
     */
    public static void checkCreateOrChange(String kind, String id, Long current, Long expected) {
        if (!Objects.equals(current, expected)) {
            throw new OptimisticLockingFailureException(kind + " " + id + " is at version "
                    + (current == null ? "none (create it without a version)" : current)
                    + ", but the change was made to version " + (expected == null ? "none" : expected));
        }
    }
}
