package org.casemgmt.platform.audit;

import java.util.function.LongPredicate;

/**
 * Finds where a lane ends by asking whether single entries exist: the one question every store answers from the
 * {@code _id} index (the embedded store uses no other index, and a sorted query reads the whole trail). From an
 * entry known to exist, it looks one further, then twice as far each time, then halves the distance between the
 * last entry found and the first one missing: about {@code 2 log2(n)} look-ups for {@code n} entries unknown, one
 * when none is.
 *
 * <p>On a lane without gaps this is its last entry. On one with a gap (an entry deleted) it may be the entry before
 * any gap further on; whatever is chained there collides with or breaks the entries after it, and the verification
 * shows the gap either way.
 */
final class LaneEnd {

    private LaneEnd() {
    }

    /**
     * @param known   a sequence number whose entry exists, or 0
     * @param present whether the entry with that sequence number exists
     * @return the last sequence number found present from {@code known} on ({@code known} if the next is missing)
     */
    static long lastPresent(long known, LongPredicate present) {
        if (!present.test(known + 1)) {
            return known;
        }
        long found = known + 1;
        long step = 1;
        long missing;
        while (true) {
            long further = found + step;
            if (!present.test(further)) {
                missing = further;
                break;
            }
            found = further;
            step *= 2;
        }
        while (missing - found > 1) {
            long middle = found + (missing - found) / 2;
            if (present.test(middle)) {
                found = middle;
            } else {
                missing = middle;
            }
        }
        return found;
    }
}
