package org.casemgmt.platform.audit;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import org.casemgmt.platform.audit.ChainVerification.BrokenLink;
import org.casemgmt.platform.audit.ChainVerification.Problem;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class AuditChainVerifierTest {

    private static final Instant NOON = Instant.parse("2026-11-23T12:00:00Z");

    @Test
    void anUntouchedTrailIsIntactAndCountsItsEntriesAndLanes() {
        assertThat(AuditChainVerifier.verify(trailOf(5))).isEqualTo(new ChainVerification(true, 5, 1, null));
    }

    @Test
    void anEmptyTrailIsIntact() {
        assertThat(AuditChainVerifier.verify(List.of())).isEqualTo(new ChainVerification(true, 0, 0, null));
    }

    @Test
    void anAlteredEntryIsTheFirstBrokenLinkBecauseItNoLongerHashesToItsHash() {
        List<AuditEntry> trail = trailOf(5);
        AuditEntry original = trail.get(2);
        trail.set(2, new AuditEntry(0, 3, "intake-service", "someone-else", "agency-a", reading("client-3"),
                "corr-3", NOON, original.getPreviousHash(), original.getHash()));

        ChainVerification verification = AuditChainVerifier.verify(trail);

        assertThat(verification).isEqualTo(new ChainVerification(false, 2, 1, new BrokenLink(0, 3,
                Problem.HASH_MISMATCH, "Lane 0: entry 3 does not hash to its stored hash: its content was changed.")));
    }

    @Test
    void anEntryReplacedWithAFreshHashBreaksTheLinkOfTheEntryAfterIt() {
        List<AuditEntry> trail = trailOf(5);
        trail.set(2, AuditEntry.chained(0, 3, trail.get(1).getHash(), "intake-service", "someone-else", "agency-a",
                reading("client-3"), "corr-3", NOON));

        ChainVerification verification = AuditChainVerifier.verify(trail);

        assertThat(verification.entriesChecked()).isEqualTo(3);
        assertThat(verification.firstBrokenLink()).isEqualTo(new BrokenLink(0, 4, Problem.PREVIOUS_HASH_MISMATCH,
                "Lane 0: entry 4 does not carry the hash of entry 3: an earlier entry was replaced."));
    }

    @Test
    void aDeletedEntryIsAGapAtItsSequence() {
        List<AuditEntry> trail = trailOf(5);
        trail.remove(1);

        ChainVerification verification = AuditChainVerifier.verify(trail);

        assertThat(verification.entriesChecked()).isEqualTo(1);
        assertThat(verification.firstBrokenLink()).isEqualTo(new BrokenLink(0, 2, Problem.GAP,
                "Lane 0: entry 2 missing: entry 3 follows entry 1."));
    }

    @Test
    void severalDeletedEntriesAreOneGapNamingThemAll() {
        List<AuditEntry> trail = trailOf(5);
        trail.subList(1, 3).clear();

        assertThat(AuditChainVerifier.verify(trail).firstBrokenLink()).isEqualTo(new BrokenLink(0, 2, Problem.GAP,
                "Lane 0: entries 2 to 3 missing: entry 4 follows entry 1."));
    }

    @Test
    void aDeletedFirstEntryIsAGapAtOne() {
        List<AuditEntry> trail = trailOf(3);
        trail.removeFirst();

        ChainVerification verification = AuditChainVerifier.verify(trail);

        assertThat(verification.entriesChecked()).isZero();
        assertThat(verification.firstBrokenLink().sequence()).isEqualTo(1);
        assertThat(verification.firstBrokenLink().problem()).isEqualTo(Problem.GAP);
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
        trail.set(1, moved(fourth, 0, 2));
        trail.set(3, moved(second, 0, 4));

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
        assertThat(verification.firstBrokenLink()).isEqualTo(new BrokenLink(0, 2, Problem.OUT_OF_ORDER,
                "Lane 0: entry 2 comes after entry 3."));
    }

    @Test
    void theFirstEntryMustFollowTheGenesisHash() {
        List<AuditEntry> trail = new ArrayList<>();
        trail.add(AuditEntry.chained(0, 1, "f".repeat(64), "intake-service", "worker-1", null, reading("client-1"),
                null, NOON));

        assertThat(AuditChainVerifier.verify(trail).firstBrokenLink()).isEqualTo(new BrokenLink(0, 1,
                Problem.PREVIOUS_HASH_MISMATCH,
                "Lane 0: entry 1 does not carry the hash of the start of the lane: an earlier entry was replaced."));
    }

    @Test
    void theHashCoversEveryFieldSoEntriesDifferingInOneFieldHashDifferently() {
        AuditEntry entry = AuditEntry.chained(0, 1, AuditEntry.GENESIS_HASH, "intake-service", "worker-1",
                "agency-a", reading("client-1"), "corr-1", NOON);

        assertThat(entry.getHash()).matches("[0-9a-f]{64}");
        assertThat(AuditEntry.chained(0, 1, AuditEntry.GENESIS_HASH, "intake-service", "worker-1", null,
                reading("client-1"), "corr-1", NOON).getHash()).isNotEqualTo(entry.getHash());
        assertThat(AuditEntry.chained(0, 1, AuditEntry.GENESIS_HASH, "intake-service", "worker-1", "agency-a",
                reading("client-1"), "corr-1", NOON.plusMillis(1)).getHash()).isNotEqualTo(entry.getHash());
        assertThat(AuditEntry.chained(0, 1, AuditEntry.GENESIS_HASH, "intake-service", "worker-1", "agency-a",
                new AuditRecord("client", "client-1", null, AuditAction.READ, null, "GET", "/api/intake/clients/client-1",
                        null, 404, null), "corr-1", NOON).getHash()).isNotEqualTo(entry.getHash());
        assertThat(AuditEntry.chained(0, 1, AuditEntry.GENESIS_HASH, "intake-service", "worker-1", "agency-a",
                new AuditRecord("client", "client-1", null, AuditAction.READ, null, "GET", "/api/intake/clients/client-1",
                        null, 200, "agency-b"), "corr-1", NOON).getHash()).as("the record's agency")
                .isNotEqualTo(entry.getHash());
        assertThat(AuditEntry.chained(1, 1, AuditEntry.GENESIS_HASH, "intake-service", "worker-1", "agency-a",
                reading("client-1"), "corr-1", NOON).getHash()).as("the lane").isNotEqualTo(entry.getHash());
    }

    @Test
    void anEntryOfLaneZeroHashesAsEntriesDidBeforeThereWereLanes() {
        AuditEntry entry = AuditEntry.chained(0, 1, AuditEntry.GENESIS_HASH, "intake-service", "worker-1",
                "agency-a", reading("client-1"), "corr-1", NOON);

        // What the trail computed for this entry before lanes (commit ccea168), so its old entries still verify.
        assertThat(entry.getHash()).isEqualTo("5705cbf2e4b0481daf46e83065ee06a961b261b8479f41d89a9171932051d3b5");
        assertThat(entry.getId()).isEqualTo(1);
    }

    @Test
    void lanesAreChainedEachOnItsOwnAndVerifyTogether() {
        List<AuditEntry> trail = new ArrayList<>(trailOf(3));
        trail.addAll(laneOf(1, 2));
        trail.addAll(laneOf(5, 1));

        assertThat(AuditChainVerifier.verify(trail)).isEqualTo(new ChainVerification(true, 6, 3, null));
    }

    @Test
    void eachLaneStartsAtOneFromTheGenesisHash() {
        List<AuditEntry> trail = new ArrayList<>(trailOf(3));
        List<AuditEntry> secondLane = laneOf(1, 3);
        secondLane.removeFirst();
        trail.addAll(secondLane);

        ChainVerification verification = AuditChainVerifier.verify(trail);

        assertThat(verification).isEqualTo(new ChainVerification(false, 3, 2, new BrokenLink(1, 1, Problem.GAP,
                "Lane 1: entry 1 missing: entry 2 follows entry 0.")));
    }

    @Test
    void anEntryMovedToAnotherLaneNoLongerHashesToItsHash() {
        List<AuditEntry> trail = new ArrayList<>(trailOf(2));
        trail.add(moved(trailOf(1).getFirst(), 1, 1));

        ChainVerification verification = AuditChainVerifier.verify(trail);

        assertThat(verification.firstBrokenLink().lane()).isEqualTo(1);
        assertThat(verification.firstBrokenLink().problem()).isEqualTo(Problem.HASH_MISMATCH);
    }

    @Test
    void aLaneGoingBackIsOutOfOrder() {
        List<AuditEntry> trail = new ArrayList<>(laneOf(1, 2));
        trail.addAll(trailOf(1));

        ChainVerification verification = AuditChainVerifier.verify(trail);

        assertThat(verification).isEqualTo(new ChainVerification(false, 2, 1, new BrokenLink(0, 1,
                Problem.OUT_OF_ORDER, "Entry 1 of lane 0 comes after lane 1.")));
    }

    @Test
    void aLaneCutBelowItsAnchorIsTruncated() {
        List<AuditEntry> trail = trailOf(5);
        Map<Integer, LaneHead> anchors = Map.of(0, headOf(trail.get(4)));
        trail.subList(3, 5).clear();

        ChainVerification verification = AuditChainVerifier.verify(trail, anchors);

        assertThat(verification).isEqualTo(new ChainVerification(false, 3, 1, new BrokenLink(0, 4,
                Problem.TRUNCATED, "Lane 0 ends at entry 3, but was anchored at entry 5: entries 4 to 5 missing.")));
    }

    @Test
    void aLaneMissingOnlyItsAnchoredEntryIsTruncatedThere() {
        List<AuditEntry> trail = trailOf(4);
        Map<Integer, LaneHead> anchors = Map.of(0, headOf(trail.get(3)));
        trail.removeLast();

        assertThat(AuditChainVerifier.verify(trail, anchors).firstBrokenLink()).isEqualTo(new BrokenLink(0, 4,
                Problem.TRUNCATED, "Lane 0 ends at entry 3, but was anchored at entry 4: entry 4 missing."));
    }

    @Test
    void aLaneCutBeforeTheNextLaneIsFoundWhereTheWalkLeavesIt() {
        List<AuditEntry> trail = new ArrayList<>(trailOf(3));
        Map<Integer, LaneHead> anchors = Map.of(0, headOf(trail.get(2)));
        trail.remove(2);
        trail.addAll(laneOf(1, 2));

        ChainVerification verification = AuditChainVerifier.verify(trail, anchors);

        assertThat(verification.entriesChecked()).isEqualTo(2);
        assertThat(verification.lanes()).isEqualTo(1);
        assertThat(verification.firstBrokenLink().lane()).isZero();
        assertThat(verification.firstBrokenLink().problem()).isEqualTo(Problem.TRUNCATED);
    }

    @Test
    void aLaneDeletedWholeIsTruncatedBeforeItsFirstEntryWhereverItStands() {
        List<AuditEntry> secondLane = laneOf(1, 2);
        Map<Integer, LaneHead> anchors = Map.of(0, LaneHead.START, 1, headOf(secondLane.get(1)),
                2, headOf(laneOf(2, 1).getFirst()), 7, headOf(laneOf(7, 3).get(2)));
        List<AuditEntry> between = new ArrayList<>(trailOf(1));
        between.addAll(laneOf(2, 1));
        List<AuditEntry> last = new ArrayList<>(trailOf(1));
        last.addAll(secondLane);
        last.addAll(laneOf(2, 1));

        ChainVerification first = AuditChainVerifier.verify(laneOf(2, 1), anchors);
        ChainVerification middle = AuditChainVerifier.verify(between, anchors);
        ChainVerification end = AuditChainVerifier.verify(last, anchors);

        assertThat(first).isEqualTo(new ChainVerification(false, 0, 0, new BrokenLink(1, 1, Problem.TRUNCATED,
                "Lane 1 ends before its first entry, but was anchored at entry 2: entries 1 to 2 missing.")));
        assertThat(middle).as("lane 1 between lanes 0 and 2").isEqualTo(new ChainVerification(false, 1, 1,
                new BrokenLink(1, 1, Problem.TRUNCATED, "Lane 1 ends before its first entry, but was anchored at "
                        + "entry 2: entries 1 to 2 missing.")));
        assertThat(end).as("lane 7 after the last lane").isEqualTo(new ChainVerification(false, 4, 3,
                new BrokenLink(7, 1, Problem.TRUNCATED, "Lane 7 ends before its first entry, but was anchored at "
                        + "entry 3: entries 1 to 3 missing.")));
        assertThat(AuditChainVerifier.verify(List.of(), Map.of(4, headOf(laneOf(4, 1).getFirst()))).firstBrokenLink())
                .isEqualTo(new BrokenLink(4, 1, Problem.TRUNCATED,
                        "Lane 4 ends before its first entry, but was anchored at entry 1: entry 1 missing."));
    }

    @Test
    void aLaneReachingAtOrBeyondItsAnchorIsIntact() {
        List<AuditEntry> trail = new ArrayList<>(trailOf(5));
        trail.addAll(laneOf(3, 2));
        Map<Integer, LaneHead> anchors = Map.of(0, headOf(trail.get(1)), 3, headOf(trail.get(6)),
                9, LaneHead.START);

        assertThat(AuditChainVerifier.verify(trail, anchors)).isEqualTo(new ChainVerification(true, 7, 2, null));
    }

    @Test
    void aLaneRewrittenAndChainedAnewIsFoundAtItsAnchor() {
        List<AuditEntry> trail = trailOf(4);
        Map<Integer, LaneHead> anchors = Map.of(0, headOf(trail.get(2)));
        String previous = trail.get(0).getHash();
        for (int sequence = 2; sequence <= 4; sequence++) {
            AuditEntry forged = AuditEntry.chained(0, sequence, previous, "intake-service", "someone-else",
                    "agency-a", reading("client-" + sequence), "corr-" + sequence, NOON);
            trail.set(sequence - 1, forged);
            previous = forged.getHash();
        }

        ChainVerification verification = AuditChainVerifier.verify(trail, anchors);

        assertThat(AuditChainVerifier.verify(trail)).as("without anchors it chains")
                .isEqualTo(new ChainVerification(true, 4, 1, null));
        assertThat(verification).isEqualTo(new ChainVerification(false, 2, 1, new BrokenLink(0, 3,
                Problem.ANCHOR_MISMATCH,
                "Lane 0: entry 3 is not the entry the lane was anchored at: the lane was rewritten up to here.")));
    }

    private static LaneHead headOf(AuditEntry entry) {
        return new LaneHead(entry.getSequence(), entry.getHash());
    }

    /** The same entry at another place: its hash and previous hash kept, as a move in the database would. */
    private static AuditEntry moved(AuditEntry entry, int lane, long sequence) {
        return new AuditEntry(lane, sequence, "intake-service", "worker-1", "agency-a",
                reading("client-" + entry.getSequence()), "corr-" + entry.getSequence(), NOON,
                entry.getPreviousHash(), entry.getHash());
    }

    private static List<AuditEntry> trailOf(int size) {
        return laneOf(0, size);
    }

    private static List<AuditEntry> laneOf(int lane, int size) {
        List<AuditEntry> trail = new ArrayList<>();
        String previous = AuditEntry.GENESIS_HASH;
        for (long sequence = 1; sequence <= size; sequence++) {
            AuditEntry entry = AuditEntry.chained(lane, sequence, previous, "intake-service", "worker-1", "agency-a",
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
