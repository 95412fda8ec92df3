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
 * entry before by that entry's hash. The document's {@code _id} is the sequence number, so two entries can never
 * claim the same place in the chain. It also carries its {@code audit.recorded} event in its own outbox, so the
 * entry and the event are one write; the relay only ever removes that event, never touches the hashed fields.
 */
@Document(AuditEntry.COLLECTION)
public class AuditEntry implements HasOutbox {

    public static final String COLLECTION = "audit_trail";
    /** The previous hash of the first entry: there is nothing before it. */
    public static final String GENESIS_HASH = "0".repeat(64);

    @Id
    private long sequence;
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
    AuditEntry(long sequence, String service, String actorId, String agencyId, AuditRecord what,
               String correlationId, Instant occurredAt, String previousHash, String hash) {
        this.sequence = sequence;
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
     * The entry at {@code sequence} following the entry whose hash is {@code previousHash}, with its own hash.
     * The time is cut to milliseconds, MongoDB's precision, so the entry read back hashes to the same value.
     */
    static AuditEntry chained(long sequence, String previousHash, String service, String actorId, String agencyId,
                              AuditRecord what, String correlationId, Instant occurredAt) {
        AuditEntry entry = new AuditEntry(sequence, service, actorId, agencyId, what, correlationId,
                occurredAt.truncatedTo(ChronoUnit.MILLIS), previousHash, null);
        entry.hash = entry.computeHash();
        return entry;
    }

    /**
     * SHA-256 (lower-case hex) over every field but the hash and the outbox, previous hash last. Each field is
     * written as {@code name:length:value;} ({@code name:-;} when absent), so no two different entries share an
     * encoding, whatever their values contain.
     */
    public String computeHash() {
        StringBuilder canonical = new StringBuilder();
        field(canonical, "sequence", Long.toString(sequence));
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
        return new AuditRecorded(service, sequence, actorId, agencyId, resourceType, resourceId, caseId, action,
                operation, method, path, filter, status, outcome, correlationId, occurredAt, previousHash, hash,
                recordAgencyId);
    }

    public long getSequence() {
        return sequence;
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
