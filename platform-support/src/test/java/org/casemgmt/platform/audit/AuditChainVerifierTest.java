package org.casemgmt.platform.audit;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.casemgmt.platform.audit.ChainVerification.Problem;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class AuditChainVerifierTest {

    private static final Instant NOON = Instant.parse("2026-11-23T12:00:00Z");

    @Test
    void anUntouchedTrailIsIntactAndCountsItsEntries() {
        ChainVerification verification = AuditChainVerifier.verify(trailOf(5));

        assertThat(verification.intact()).isTrue();
        assertThat(verification.entriesChecked()).isEqualTo(5);
        assertThat(verification.firstBrokenLink()).isNull();
    }

    @Test
    void anEmptyTrailIsIntact() {
        assertThat(AuditChainVerifier.verify(List.of())).isEqualTo(new ChainVerification(true, 0, null));
    }

    @Test
    void anAlteredEntryIsTheFirstBrokenLinkBecauseItNoLongerHashesToItsHash() {
        List<AuditEntry> trail = trailOf(5);
        AuditEntry original = trail.get(2);
        trail.set(2, new AuditEntry(3, "intake-service", "someone-else", "agency-a", reading("client-3"), "corr-3",
                NOON, original.getPreviousHash(), original.getHash()));

        ChainVerification verification = AuditChainVerifier.verify(trail);

        assertThat(verification.intact()).isFalse();
        assertThat(verification.entriesChecked()).isEqualTo(2);
        assertThat(verification.firstBrokenLink().sequence()).isEqualTo(3);
        assertThat(verification.firstBrokenLink().problem()).isEqualTo(Problem.HASH_MISMATCH);
    }

    @Test
    void anEntryReplacedWithAFreshHashBreaksTheLinkOfTheEntryAfterIt() {
        List<AuditEntry> trail = trailOf(5);
        trail.set(2, AuditEntry.chained(3, trail.get(1).getHash(), "intake-service", "someone-else", "agency-a",
                reading("client-3"), "corr-3", NOON));

        ChainVerification verification = AuditChainVerifier.verify(trail);

        assertThat(verification.firstBrokenLink().sequence()).isEqualTo(4);
        assertThat(verification.firstBrokenLink().problem()).isEqualTo(Problem.PREVIOUS_HASH_MISMATCH);
        assertThat(verification.firstBrokenLink().detail()).contains("entry 3");
    }

    @Test
    void aDeletedEntryIsAGapAtItsSequence() {
        List<AuditEntry> trail = trailOf(5);
        trail.remove(1);

        ChainVerification verification = AuditChainVerifier.verify(trail);

        assertThat(verification.entriesChecked()).isEqualTo(1);
        assertThat(verification.firstBrokenLink().sequence()).isEqualTo(2);
        assertThat(verification.firstBrokenLink().problem()).isEqualTo(Problem.GAP);
        assertThat(verification.firstBrokenLink().detail()).startsWith("Entry 2 missing");
    }

    @Test
    void aDeletedFirstEntryIsAGapAtOne() {
        List<AuditEntry> trail = trailOf(3);
        trail.removeFirst();

        assertThat(AuditChainVerifier.verify(trail).firstBrokenLink().sequence()).isEqualTo(1);
    }

    @Test
    void aReorderedEntryIsPointedAtWhereTheOrderBreaks() {
        List<AuditEntry> trail = trailOf(5);
        Collections.swap(trail, 1, 3);

        ChainVerification verification = AuditChainVerifier.verify(trail);

        assertThat(verification.firstBrokenLink().problem()).isEqualTo(Problem.GAP);
        assertThat(verification.firstBrokenLink().sequence()).isEqualTo(2);
    }

    @Test
    void entriesRenumberedIntoEachOthersPlacesDoNotHashToTheirHashes() {
        List<AuditEntry> trail = trailOf(5);
        AuditEntry second = trail.get(1);
        AuditEntry fourth = trail.get(3);
        trail.set(1, renumbered(fourth, 2));
        trail.set(3, renumbered(second, 4));

        ChainVerification verification = AuditChainVerifier.verify(trail);

        assertThat(verification.firstBrokenLink().sequence()).isEqualTo(2);
        assertThat(verification.firstBrokenLink().problem()).isEqualTo(Problem.HASH_MISMATCH);
    }

    @Test
    void aSequenceGoingBackIsOutOfOrder() {
        List<AuditEntry> trail = trailOf(3);
        trail.add(trail.get(1));

        ChainVerification verification = AuditChainVerifier.verify(trail);

        assertThat(verification.entriesChecked()).isEqualTo(3);
        assertThat(verification.firstBrokenLink().problem()).isEqualTo(Problem.OUT_OF_ORDER);
        assertThat(verification.firstBrokenLink().sequence()).isEqualTo(2);
    }

    @Test
    void theFirstEntryMustFollowTheGenesisHash() {
        List<AuditEntry> trail = new ArrayList<>();
        trail.add(AuditEntry.chained(1, "f".repeat(64), "intake-service", "worker-1", null, reading("client-1"),
                null, NOON));

        assertThat(AuditChainVerifier.verify(trail).firstBrokenLink().problem())
                .isEqualTo(Problem.PREVIOUS_HASH_MISMATCH);
    }

    @Test
    void theHashCoversEveryFieldSoEntriesDifferingInOneFieldHashDifferently() {
        AuditEntry entry = AuditEntry.chained(1, AuditEntry.GENESIS_HASH, "intake-service", "worker-1", "agency-a",
                reading("client-1"), "corr-1", NOON);

        assertThat(entry.getHash()).matches("[0-9a-f]{64}");
        assertThat(AuditEntry.chained(1, AuditEntry.GENESIS_HASH, "intake-service", "worker-1", null,
                reading("client-1"), "corr-1", NOON).getHash()).isNotEqualTo(entry.getHash());
        assertThat(AuditEntry.chained(1, AuditEntry.GENESIS_HASH, "intake-service", "worker-1", "agency-a",
                reading("client-1"), "corr-1", NOON.plusMillis(1)).getHash()).isNotEqualTo(entry.getHash());
        assertThat(AuditEntry.chained(1, AuditEntry.GENESIS_HASH, "intake-service", "worker-1", "agency-a",
                new AuditRecord("client", "client-1", null, AuditAction.READ, null, "GET", "/api/intake/clients/client-1",
                        null, 404, null), "corr-1", NOON).getHash()).isNotEqualTo(entry.getHash());
        assertThat(AuditEntry.chained(1, AuditEntry.GENESIS_HASH, "intake-service", "worker-1", "agency-a",
                new AuditRecord("client", "client-1", null, AuditAction.READ, null, "GET", "/api/intake/clients/client-1",
                        null, 200, "agency-b"), "corr-1", NOON).getHash()).as("the record's agency")
                .isNotEqualTo(entry.getHash());
    }

    private static AuditEntry renumbered(AuditEntry entry, long sequence) {
        return new AuditEntry(sequence, "intake-service", "worker-1", "agency-a", reading("client-" + entry.getSequence()),
                "corr-" + entry.getSequence(), NOON, entry.getPreviousHash(), entry.getHash());
    }

    private static List<AuditEntry> trailOf(int size) {
        List<AuditEntry> trail = new ArrayList<>();
        String previous = AuditEntry.GENESIS_HASH;
        for (long sequence = 1; sequence <= size; sequence++) {
            AuditEntry entry = AuditEntry.chained(sequence, previous, "intake-service", "worker-1", "agency-a",
                    reading("client-" + sequence), "corr-" + sequence, NOON);
            trail.add(entry);
            previous = entry.getHash();
        }
        return trail;
    }

    private static AuditRecord reading(String clientId) {
        return new AuditRecord("client", clientId, null, AuditAction.READ, null, "GET",
                "/api/intake/clients/" + clientId, null, 200, null);
    }
}
