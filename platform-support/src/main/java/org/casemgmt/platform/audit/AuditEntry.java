package org.casemgmt.platform.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

import org.casemgmt.events.audit.v1.AuditRecorded;
import org.casemgmt.platform.outbox.HasOutbox;
import org.casemgmt.platform.outbox.PendingEvent;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One link of a service's audit trail: who did what to which resource, when, and how it ended, chained to the
 * entry before it on the same lane by that entry's hash (see {@link AuditTrail} for the lanes). The document's
 * {@code _id} is the lane and the sequence number in one, {@code lane * 1,000,000,000,000 + sequence}, so two
 * entries can never claim the same place in a chain; lane 0 is the chain written before there were lanes, whose
 * {@code _id} was the sequence number. It also carries its {@code audit.recorded} event in its own outbox, so the
 * entry and the event are one write; the relay only ever removes that event, never touches the hashed fields.
 */
@Document(AuditEntry.COLLECTION)
public class AuditEntry implements HasOutbox {

    public static final String COLLECTION = "audit_trail";
    /** The previous hash of the first entry: there is nothing before it. */
    public static final String GENESIS_HASH = "0".repeat(64);
    /** Entries a lane can hold; their {@code _id}s are the numbers from {@code lane * LANE_SPAN}, in decimal. */
    static final long LANE_SPAN = 1_000_000_000_000L;

    @Id
    private long id;
    private String service;
    private String actorId;
    private String agencyId;
    private String resourceType;
    private String resourceId;
    private String caseId;
    private String action;
    private String operation;
    private String method;
    private String path;
    private String filter;
    private int status;
    private String outcome;
    private String correlationId;
    private Instant occurredAt;
    private String previousHash;
    private String hash;
    private String recordAgencyId;
    private List<PendingEvent> outbox = new ArrayList<>();

    AuditEntry() {
    }

    /** An entry exactly as given, hash included; {@link #chained} is how a trail makes one. */
    AuditEntry(int lane, long sequence, String service, String actorId, String agencyId, AuditRecord what,
               String correlationId, Instant occurredAt, String previousHash, String hash) {
        this.id = idOf(lane, sequence);
        this.service = service;
        this.actorId = actorId;
        this.agencyId = agencyId;
        this.resourceType = what.resourceType();
        this.resourceId = what.resourceId();
        this.caseId = what.caseId();
        this.action = what.action().name();
        this.operation = what.operation();
        this.method = what.method();
        this.path = what.path();
        this.filter = what.filter();
        this.status = what.status();
        this.outcome = AuditOutcome.of(what.status()).name();
        this.recordAgencyId = what.recordAgencyId() != null ? what.recordAgencyId()
                : AuditOutcome.of(what.status()) == AuditOutcome.SUCCESS ? agencyId : null;
        this.correlationId = correlationId;
        this.occurredAt = occurredAt;
        this.previousHash = previousHash;
        this.hash = hash;
    }

    /**
     * The entry at {@code sequence} of {@code lane} following the entry whose hash is {@code previousHash}, with its
     * own hash. The time is cut to milliseconds, MongoDB's precision, so the entry read back hashes to the same value.
     */
    static AuditEntry chained(int lane, long sequence, String previousHash, String service, String actorId,
                              String agencyId, AuditRecord what, String correlationId, Instant occurredAt) {
        AuditEntry entry = new AuditEntry(lane, sequence, service, actorId, agencyId, what, correlationId,
                occurredAt.truncatedTo(ChronoUnit.MILLIS), previousHash, null);
        entry.hash = entry.computeHash();
        return entry;
    }

    /** The {@code _id} of entry {@code sequence} (from 1) of {@code lane} (from 0). */
    static long idOf(int lane, long sequence) {
        if (lane < 0 || sequence < 1 || sequence >= LANE_SPAN) {
            throw new IllegalArgumentException("no entry " + sequence + " on lane " + lane + ": lanes are numbered "
                    + "from 0, entries from 1 to " + (LANE_SPAN - 1));
        }
        return lane * LANE_SPAN + sequence;
    }

    /**
     * SHA-256 (lower-case hex) over every field but the hash and the outbox. Each field is written as
     * {@code name:length:value;} ({@code name:-;} when absent), so no two different entries share an encoding,
     * whatever their values contain. The sequence is the lane's, and the lane is hashed too, so an entry moved to
     * another place or lane no longer hashes to its hash.
     */
    public String computeHash() {
        StringBuilder canonical = new StringBuilder();
        field(canonical, "sequence", Long.toString(getSequence()));
        field(canonical, "service", service);
        field(canonical, "actorId", actorId);
        field(canonical, "agencyId", agencyId);
        field(canonical, "resourceType", resourceType);
        field(canonical, "resourceId", resourceId);
        field(canonical, "caseId", caseId);
        field(canonical, "action", action);
        field(canonical, "operation", operation);
        field(canonical, "method", method);
        field(canonical, "path", path);
        field(canonical, "filter", filter);
        field(canonical, "status", Integer.toString(status));
        field(canonical, "outcome", outcome);
        field(canonical, "correlationId", correlationId);
        field(canonical, "occurredAt", occurredAt == null ? null : occurredAt.toString());
        field(canonical, "previousHash", previousHash);
        if (recordAgencyId != null) {
            // Only when present: entries written before the field existed keep the hash they were chained with.
            field(canonical, "recordAgencyId", recordAgencyId);
        }
        if (getLane() != 0) {
            // Lane 0 is the chain written before lanes: its entries keep the hash they were chained with.
            field(canonical, "lane", Integer.toString(getLane()));
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(canonical.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    private static void field(StringBuilder canonical, String name, String value) {
        canonical.append(name).append(':');
        if (value == null) {
            canonical.append('-');
        } else {
            canonical.append(value.length()).append(':').append(value);
        }
        canonical.append(';');
    }

    /**
     * The {@code audit.recorded} event of this entry, keyed by the case when known, else the resource, else (a
     * list or a search) the resource type.
     */
    String subject() {
        if (caseId != null) {
            return caseId;
        }
        return resourceId != null ? resourceId : resourceType;
    }

    /** The entry as the event and the auditor endpoint show it. */
    public AuditRecorded toEvent() {
        return new AuditRecorded(service, getSequence(), actorId, agencyId, resourceType, resourceId, caseId, action,
                operation, method, path, filter, status, outcome, correlationId, occurredAt, previousHash, hash,
                recordAgencyId, getLane());
    }

    /** The document's {@code _id}: the lane and the sequence in one number. */
    public long getId() {
        return id;
    }

    /** The chain the entry is on; 0 for every entry written before there were lanes. */
    public int getLane() {
        return Math.toIntExact(Math.floorDiv(id, LANE_SPAN));
    }

    /** The entry's place on its lane, from 1. */
    public long getSequence() {
        return Math.floorMod(id, LANE_SPAN);
    }

    public String getPreviousHash() {
        return previousHash;
    }

    public String getHash() {
        return hash;
    }

    @Override
    public List<PendingEvent> getOutbox() {
        return outbox;
    }
}
