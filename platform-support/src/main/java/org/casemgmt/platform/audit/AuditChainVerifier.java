package org.casemgmt.platform.audit;

import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

import org.casemgmt.platform.audit.ChainVerification.BrokenLink;
import org.casemgmt.platform.audit.ChainVerification.Problem;

/**
 * Walks a trail in stored order ({@code _id}: lane by lane, each in sequence) and answers whether it is intact, or
 * its first link that is not. On every lane the first entry must be number 1 and follow the genesis hash, each next
 * one must be numbered one more, hash to its own stored hash and carry the stored hash of the entry before it.
 * Each lane is also held to its anchor, the last entry its holder said it had appended (see {@link AuditLanes}):
 * the lane must reach that entry, and that entry must have the anchored hash.
 *
 * <p>What it cannot see alone: entries cut off a lane's end after its anchor was last written (the rest still
 * chains). Their {@code audit.recorded} events, already published, show the sequence numbers that existed.
 */
public final class AuditChainVerifier {

    private AuditChainVerifier() {
    }

    /** A trail with no anchors: each lane is checked link by link only. */
    public static ChainVerification verify(Iterable<AuditEntry> entriesById) {
        return verify(entriesById, Map.of());
    }

    /**
     * @param entriesById the trail's entries in {@code _id} order
     * @param anchors     the last entry each lane's holder said it had appended, by lane
     */
    static ChainVerification verify(Iterable<AuditEntry> entriesById, Map<Integer, LaneHead> anchors) {
        NavigableMap<Integer, LaneHead> unreached = new TreeMap<>(anchors);
        Walk walk = new Walk();
        for (AuditEntry entry : entriesById) {
            int lane = entry.getLane();
            int order = Integer.compare(lane, walk.lane);
            BrokenLink broken = null;
            if (order < 0) {
                broken = new BrokenLink(lane, entry.getSequence(), Problem.OUT_OF_ORDER, "Entry "
                        + entry.getSequence() + " of lane " + lane + " comes after lane " + walk.lane + ".");
            } else if (order > 0) {
                broken = endOfLane(walk.lane, walk.last, unreached);
                if (broken == null) {
                    broken = firstTruncated(unreached.headMap(lane, false));
                }
                if (broken == null) {
                    walk.startLane(lane);
                }
            }
            if (broken == null) {
                broken = check(entry, lane, walk.last, anchors.get(lane));
            }
            if (broken != null) {
                return ChainVerification.brokenAt(walk.checked, walk.lanes, broken);
            }
            walk.checked++;
            walk.last = new LaneHead(entry.getSequence(), entry.getHash());
        }
        BrokenLink broken = endOfLane(walk.lane, walk.last, unreached);
        if (broken == null) {
            broken = firstTruncated(unreached);
        }
        return broken == null ? ChainVerification.intact(walk.checked, walk.lanes)
                : ChainVerification.brokenAt(walk.checked, walk.lanes, broken);
    }

    private static BrokenLink check(AuditEntry entry, int lane, LaneHead last, LaneHead anchor) {
        long sequence = entry.getSequence();
        long expected = last.sequence() + 1;
        if (sequence > expected) {
            return new BrokenLink(lane, expected, Problem.GAP, "Lane " + lane + ": " + (expected == sequence - 1
                    ? "entry " + expected : "entries " + expected + " to " + (sequence - 1)) + " missing: entry "
                    + sequence + " follows entry " + (expected - 1) + ".");
        }
        if (sequence < expected) {
            return new BrokenLink(lane, sequence, Problem.OUT_OF_ORDER, "Lane " + lane + ": entry " + sequence
                    + " comes after entry " + (expected - 1) + ".");
        }
        if (!entry.computeHash().equals(entry.getHash())) {
            return new BrokenLink(lane, sequence, Problem.HASH_MISMATCH, "Lane " + lane + ": entry " + sequence
                    + " does not hash to its stored hash: its content was changed.");
        }
        if (!last.hash().equals(entry.getPreviousHash())) {
            return new BrokenLink(lane, sequence, Problem.PREVIOUS_HASH_MISMATCH, "Lane " + lane + ": entry "
                    + sequence + " does not carry the hash of " + (sequence == 1 ? "the start of the lane"
                    : "entry " + (sequence - 1)) + ": an earlier entry was replaced.");
        }
        if (anchor != null && anchor.sequence() == sequence && !anchor.hash().equals(entry.getHash())) {
            return new BrokenLink(lane, sequence, Problem.ANCHOR_MISMATCH, "Lane " + lane + ": entry " + sequence
                    + " is not the entry the lane was anchored at: the lane was rewritten up to here.");
        }
        return null;
    }

    /** The lane just walked ends at {@code last}: it must reach its anchor, if it has one. */
    private static BrokenLink endOfLane(int lane, LaneHead last, NavigableMap<Integer, LaneHead> unreached) {
        LaneHead anchor = unreached.remove(lane);
        if (anchor == null || anchor.sequence() <= last.sequence()) {
            return null;
        }
        return truncated(lane, last.sequence(), anchor.sequence());
    }

    /** The first of these anchored lanes, passed without meeting an entry of theirs, that has one to meet. */
    private static BrokenLink firstTruncated(Map<Integer, LaneHead> passed) {
        return passed.entrySet().stream().filter(lane -> lane.getValue().sequence() > 0).findFirst()
                .map(lane -> truncated(lane.getKey(), 0, lane.getValue().sequence())).orElse(null);
    }

    private static BrokenLink truncated(int lane, long last, long anchored) {
        return new BrokenLink(lane, last + 1, Problem.TRUNCATED, "Lane " + lane + " ends "
                + (last == 0 ? "before its first entry" : "at entry " + last) + ", but was anchored at entry "
                + anchored + ": " + (last + 1 == anchored ? "entry " + anchored : "entries " + (last + 1) + " to "
                + anchored) + " missing.");
    }

    /**
     * How far the walk has come: the lane it is on (below every lane before the first entry), the last entry checked
     * there, how many entries and lanes.
     */
    private static final class Walk {

        private int lane = Integer.MIN_VALUE;
        private int lanes;
        private long checked;
        private LaneHead last = LaneHead.START;

        void startLane(int next) {
            lane = next;
            lanes++;
            last = LaneHead.START;
        }
    }
}
