package org.casemgmt.platform.audit;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.bson.Document;
import org.casemgmt.platform.testing.EmbeddedMongo;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;

import static org.assertj.core.api.Assertions.assertThat;

/** The leases on a trail's lanes against the embedded MongoDB server. */
class AuditLanesTest {

    private static final Instant NOON = Instant.parse("2026-11-23T12:00:00Z");
    private static final Instant LEASED_UNTIL = NOON.plusSeconds(60);
    private static final LaneHead SEVENTH = new LaneHead(7, "7".repeat(64));

    private final String database = "lanes-" + UUID.randomUUID();
    private final MongoClient client = MongoClients.create(EmbeddedMongo.uri(database));
    private final MongoTemplate mongo = new MongoTemplate(client, database);
    private final AuditLanes lanes = new AuditLanes(mongo);

    @AfterEach
    void dropTheLanes() {
        mongo.getDb().drop();
        client.close();
    }

    @Test
    void aLaneNeverClaimedIsTakenWithNobodyBeforeAndNoAnchor() {
        assertThat(lanes.claim(3, "instance-a", NOON, LEASED_UNTIL, null))
                .contains(new AuditLanes.Claimed(null, null));
        assertThat(lanes.leased(NOON)).containsExactly(3);
    }

    @Test
    void aLaneLeasedToAnotherIsNotTakenUntilItsLeaseIsOver() {
        lanes.claim(0, "instance-a", NOON, LEASED_UNTIL, null);

        assertThat(lanes.claim(0, "instance-b", NOON.plusSeconds(59), NOON.plusSeconds(119), null)).isEmpty();
        assertThat(lanes.claim(0, "instance-b", LEASED_UNTIL, NOON.plusSeconds(120), null))
                .contains(new AuditLanes.Claimed("instance-a", null));
        assertThat(lanes.claim(0, "instance-a", NOON.plusSeconds(61), NOON.plusSeconds(121), null)).isEmpty();
    }

    @Test
    void itsHolderRenewsItAndAnchorsItAtTheEntryItGives() {
        lanes.claim(2, "instance-a", NOON, LEASED_UNTIL, null);

        Optional<AuditLanes.Claimed> renewed = lanes.claim(2, "instance-a", NOON.plusSeconds(30),
                NOON.plusSeconds(90), SEVENTH);

        assertThat(renewed).contains(new AuditLanes.Claimed("instance-a", null));
        assertThat(lanes.leased(NOON.plusSeconds(89))).containsExactly(2);
        assertThat(lanes.anchors()).isEqualTo(Map.of(2, SEVENTH));
        assertThat(lanes.claim(2, "instance-a", NOON.plusSeconds(60), NOON.plusSeconds(120), null))
                .as("the anchor stays when none is given").contains(new AuditLanes.Claimed("instance-a", SEVENTH));
    }

    @Test
    void aLeaseGivenBackIsFreeAtOnceAndKeepsItsAnchor() {
        lanes.claim(1, "instance-a", NOON, LEASED_UNTIL, null);

        lanes.release(1, "instance-a", NOON.plusSeconds(10), SEVENTH);

        assertThat(lanes.leased(NOON.plusSeconds(10))).isEmpty();
        assertThat(lanes.claim(1, "instance-b", NOON.plusSeconds(10), NOON.plusSeconds(70), null))
                .contains(new AuditLanes.Claimed("instance-a", SEVENTH));
    }

    @Test
    void onlyItsHolderGivesALeaseBack() {
        lanes.claim(1, "instance-a", NOON, LEASED_UNTIL, null);

        lanes.release(1, "instance-b", NOON, SEVENTH);
        lanes.release(1, "instance-a", NOON, null);

        assertThat(lanes.anchors()).isEmpty();
        assertThat(lanes.leased(NOON.minusSeconds(1))).containsExactly(1);
        assertThat(lanes.leased(NOON)).isEmpty();
    }

    @Test
    void leasedLanesAreThoseWhoseLeaseRunsPastNow() {
        lanes.claim(0, "instance-a", NOON, NOON.plusSeconds(10), null);
        lanes.claim(1, "instance-b", NOON, NOON.plusSeconds(20), null);
        mongo.insert(new Document("_id", 9), AuditLanes.COLLECTION);

        assertThat(lanes.leased(NOON)).containsExactlyInAnyOrder(0, 1);
        assertThat(lanes.leased(NOON.plusSeconds(10))).containsExactly(1);
        assertThat(lanes.leased(NOON.plusSeconds(20))).isEmpty();
    }

    @Test
    void theLanesToTryAreTheLowestNeitherLeasedNorOursAsManyAsAsked() {
        assertThat(AuditLanes.candidates(Set.of(), Set.of(), 128, 3)).containsExactly(0, 1, 2);
        assertThat(AuditLanes.candidates(Set.of(0, 2), Set.of(1, 4), 128, 3)).containsExactly(3, 5, 6);
        assertThat(AuditLanes.candidates(Set.of(0, 1), Set.of(2), 4, 8)).containsExactly(3);
        assertThat(AuditLanes.candidates(Set.of(0, 1), Set.of(2, 3), 4, 8)).isEmpty();
        assertThat(AuditLanes.candidates(Set.of(), Set.of(), 2, 0)).isEqualTo(List.of());
    }
}
