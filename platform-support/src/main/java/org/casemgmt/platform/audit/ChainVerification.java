package org.casemgmt.platform.audit;

/**
 * What {@link AuditChainVerifier} found: the chain is intact over {@code entriesChecked} entries, or
 * {@code firstBrokenLink} says where it first breaks (everything after it is suspect too).
 */
public record ChainVerification(boolean intact, long entriesChecked, BrokenLink firstBrokenLink) {

    static ChainVerification intact(long entries) {
        return new ChainVerification(true, entries, null);
    }

    static ChainVerification brokenAt(long entriesChecked, BrokenLink link) {
        return new ChainVerification(false, entriesChecked, link);
    }

    /**
     * @param sequence the sequence number where the chain breaks (for a gap: the first missing one)
     * @param problem  what is wrong there
     * @param detail   what an auditor reads
     */
    public record BrokenLink(long sequence, Problem problem, String detail) {
    }

    public enum Problem {
        /** The entry's fields no longer hash to its stored hash: it was altered. */
        HASH_MISMATCH,
        /** The entry's previous hash is not the hash of the entry before it: that one was replaced or re-chained. */
        PREVIOUS_HASH_MISMATCH,
        /** Sequence numbers skip: entries were deleted. */
        GAP,
        /** A sequence number is not above the one before it: entries were moved. */
        OUT_OF_ORDER
    }
}
