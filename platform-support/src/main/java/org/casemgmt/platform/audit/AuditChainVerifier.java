package org.casemgmt.platform.audit;

import org.casemgmt.platform.audit.ChainVerification.BrokenLink;
import org.casemgmt.platform.audit.ChainVerification.Problem;

/**
 * Walks a trail in stored order (by sequence) and answers whether it is intact, or the first link that is not:
 * the first entry must be number 1 and follow the genesis hash, each next one must be numbered one more, hash to
 * its own stored hash and carry the stored hash of the entry before it.
 *
 * <p>What it cannot see alone: entries cut off at the end of the trail (the rest still chains). Their
 * {@code audit.recorded} events, already published, show the sequence numbers that existed.
 */
public final class AuditChainVerifier {

    private AuditChainVerifier() {
    }

    public static ChainVerification verify(Iterable<AuditEntry> entriesInSequence) {
        long expected = 1;
        String previousHash = AuditEntry.GENESIS_HASH;
        long checked = 0;
        for (AuditEntry entry : entriesInSequence) {
            BrokenLink broken = check(entry, expected, previousHash);
            if (broken != null) {
                return ChainVerification.brokenAt(checked, broken);
            }
            checked++;
            expected = entry.getSequence() + 1;
            previousHash = entry.getHash();
        }
        return ChainVerification.intact(checked);
    }

    private static BrokenLink check(AuditEntry entry, long expected, String previousHash) {
        long sequence = entry.getSequence();
        if (sequence > expected) {
            return new BrokenLink(expected, Problem.GAP, (expected == sequence - 1 ? "Entry " + expected
                    : "Entries " + expected + " to " + (sequence - 1)) + " missing: entry " + sequence
                    + " follows entry " + (expected - 1) + ".");
        }
        if (sequence < expected) {
            return new BrokenLink(sequence, Problem.OUT_OF_ORDER, "Entry " + sequence + " comes after entry "
                    + (expected - 1) + ".");
        }
        if (!entry.computeHash().equals(entry.getHash())) {
            return new BrokenLink(sequence, Problem.HASH_MISMATCH, "Entry " + sequence
                    + " does not hash to its stored hash: its content was changed.");
        }
        if (!previousHash.equals(entry.getPreviousHash())) {
            return new BrokenLink(sequence, Problem.PREVIOUS_HASH_MISMATCH, "Entry " + sequence
                    + " does not carry the hash of " + (sequence == 1 ? "the start of the trail"
                    : "entry " + (sequence - 1)) + ": an earlier entry was replaced.");
        }
        return null;
    }
}
