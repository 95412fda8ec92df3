package org.casemgmt.platform.audit;

/**
 * What {@link AuditChainVerifier} found: the trail is intact over {@code entriesChecked} entries on {@code lanes}
 * lanes, or {@code firstBrokenLink} says where it first breaks, lanes taken in order (everything after it on its
 * lane is suspect too; lanes after it were not checked).
 */
public record ChainVerification(boolean intact, long entriesChecked, int lanes, BrokenLink firstBrokenLink) {

    static ChainVerification intact(long entries, int lanes) {
        return new ChainVerification(true, entries, lanes, null);
    }

    static ChainVerification brokenAt(long entriesChecked, int lanes, BrokenLink link) {
        return new ChainVerification(false, entriesChecked, lanes, link);
    }

    /**
     * @param lane     the lane where the trail breaks
     * @param sequence the sequence number on that lane where it breaks (for a gap or a cut: the first missing one)
     * @param problem  what is wrong there
     * @param detail   what an auditor reads
     */
    public record BrokenLink(int lane, long sequence, Problem problem, String detail) {
    }

    public enum Problem {
        /** The entry's fields no longer hash to its stored hash: it was altered. */
        HASH_MISMATCH,
        /** The entry's previous hash is not the hash of the entry before it: that one was replaced or re-chained. */
        PREVIOUS_HASH_MISMATCH,
        /** Sequence numbers skip: entries were deleted. */
        GAP,
        /** A sequence number is not above the one before it: entries were moved. */
        OUT_OF_ORDER,
        /** The lane ends before the entry its anchor names: entries were cut off its end, or the whole lane. */
        TRUNCATED,
        /** The entry its anchor names has another hash: the lane was rewritten up to there and chained anew. */
        ANCHOR_MISMATCH
    }
}
