package org.casemgmt.closure.retention;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;

import org.bson.Document;
import org.casemgmt.closure.casework.ClientCases;
import org.casemgmt.closure.casework.ClientCases.CaseState;
import org.casemgmt.events.EventCatalog;
import org.casemgmt.events.PlatformService;
import org.casemgmt.platform.audit.AuditAction;
import org.casemgmt.platform.audit.AuditTrail;
import org.casemgmt.platform.privacy.PersonalDataCipher;
import org.casemgmt.platform.privacy.PersonalTextEncryption;
import org.casemgmt.platform.privacy.StoredTexts;
import org.casemgmt.platform.security.StaffAccess;
import org.casemgmt.platform.timer.DueTimer;
import org.casemgmt.platform.timer.DueTimerHandler;
import org.casemgmt.platform.web.CurrentActor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;

/**
 * Keeps each client's retention up to date and ends it on time: weighs the client again whenever one of their cases
 * closes, re-opens or opens ({@link CaseChangesHeard}), a hold is placed or lifted, or the program's policy changes;
 * and, when the client's durable timer fires, announces the end (case.retention-expired) once, however many instances
 * run, then erases closure's own copy of the client.
 *
 * <p>Every firing weighs the client again from closure's case files before it acts, so a moment computed under an
 * earlier policy, or before a case re-opened, is never acted on: the timer then just moves.
 */
@Service
class RetentionWork implements DueTimerHandler {

    static final String COLLECTION = "retention";
    /** Saves tried before a change of a client's retention gives up to another writer (409 stale-version). */
    static final int ATTEMPTS = 5;
    static final String AUDITED_AS = "case retention";

    @Configuration(proxyBeanMethods = false)
    static class Wiring {
        /** A hold's reason may name the matter, and so the person: under the client's key, gone with it. */
        @Bean
        PersonalTextEncryption retentionTexts(PersonalDataCipher cipher) {
            return new PersonalTextEncryption(cipher, COLLECTION, "clientId") {
                @Override
                protected void rewriteTexts(Map<String, Object> retention, UnaryOperator<String> change) {
                    StoredTexts.each(retention, "holds", hold -> StoredTexts.text(hold, "reason", change));
                }
            };
        }
    }

    /** The agency's clients whose retention ends before {@code until}, and those whose retention ended since. */
    record Report(Instant asOf, Instant until, Instant expiredSince, List<ClientRetention> expiring,
                  List<ClientRetention> expired) {
    }

    private final ClientRetentionRepository records;
    private final RetentionPolicies policies;
    private final ClientCases clients;
    private final RetentionEvents events;
    private final AuditTrail audit;
    private final StaffAccess access;
    private final CurrentActor actor;
    private final MongoTemplate mongo;
    private final Clock clock;

    RetentionWork(ClientRetentionRepository records, RetentionPolicies policies, ClientCases clients,
                  RetentionEvents events, AuditTrail audit, StaffAccess access, CurrentActor actor, MongoTemplate mongo,
                  Clock clock) {
        this.records = records;
        this.policies = policies;
        this.clients = clients;
        this.events = events;
        this.audit = audit;
        this.access = access;
        this.actor = actor;
        this.mongo = mongo;
        this.clock = clock;
    }

    /**
     * A case changed whether it is open: weighs its client again. Only a closure starts keeping a client; an opening
     * or a re-opening matters to a client already kept.
     */
    void caseChanged(String caseId, boolean closed) {
        clients.find(caseId).filter(kase -> closed || records.existsById(kase.clientId()))
                .ifPresent(kase -> update(kase.clientId(), kase.agencyId(), this::weigh));
    }

    ClientRetention hold(String caseId, String reason) {
        CaseState kase = clients.visible(caseId);
        Instant now = clock.instant();
        return update(kase.clientId(), kase.agencyId(), retention -> {
            weigh(retention);
            retention.hold(caseId, reason, actor.id(), now);
            return true;
        });
    }

    ClientRetention lift(String caseId) {
        CaseState kase = clients.visible(caseId);
        Instant now = clock.instant();
        return update(kase.clientId(), kase.agencyId(), retention -> {
            weigh(retention);
            retention.lift(caseId, actor.id(), now);
            return true;
        });
    }

    /**
     * Sets the program's policy for the caller's agency. The timers of the clients kept under it become due at once,
     * and each, fired, weighs its client under the new policy: it moves, or ends now if the new period has passed.
     * One update of the store, so the change is not half applied when the service stops.
     */
    ProgramRetention setPolicy(String programId, RetentionPolicy policy) {
        Instant now = clock.instant();
        ProgramRetention saved = policies.set(access.agencyId(), programId, policy, actor.id(), now);
        Query keptUnder = new Query(where("agencyId").is(access.agencyId())
                .and("status").is(ClientRetention.Status.RETAINED.name()).and("cases.programId").is(programId));
        // The version moves too, so that a save of a client read before this cannot put its old timer back.
        mongo.updateMulti(keptUnder, new Update()
                .set(DueTimer.FIELD, new Document("dueAt", Date.from(now)).append("leasedUntil", null))
                .inc("version", 1), COLLECTION);
        return saved;
    }

    /**
     * The caller's agency's clients whose retention ends within {@code within} from now (held ones and those past
     * their time included), and those whose retention ended within as long before now.
     */
    Report report(RetentionPeriod within) {
        Instant now = clock.instant();
        Instant until = within.after(now);
        Instant since = within.before(now);
        List<ClientRetention> expiring = records.findByAgencyIdAndStatusAndRetainedUntilLessThanEqual(
                        access.agencyId(), ClientRetention.Status.RETAINED, until).stream()
                .sorted(Comparator.comparing(ClientRetention::getRetainedUntil)).toList();
        List<ClientRetention> expired = records.findByAgencyIdAndStatusAndExpiryExpiredAtGreaterThanEqual(
                        access.agencyId(), ClientRetention.Status.EXPIRED, since).stream()
                .sorted(Comparator.comparing((ClientRetention retention) -> retention.getExpiry().expiredAt())
                        .reversed()).toList();
        return new Report(now, until, since, expiring, expired);
    }

    @Override
    public String collection() {
        return COLLECTION;
    }

    /**
     * Ends the client's retention if its time has come, after weighing it again; else moves the timer. Once the end is
     * saved with its announcement, the next firing erases closure's own copy of the client. Called again for the same
     * moment, it finds the end announced, or the erasure done.
     */
    @Override
    public void fire(String clientId) {
        records.findById(clientId).ifPresent(retention -> {
            if (retention.awaitsErasureHere()) {
                eraseHere(retention);
                return;
            }
            weigh(retention);
            // the store keeps milliseconds: the moment announced is the moment kept
            retention.endAt(clock.instant().truncatedTo(ChronoUnit.MILLIS)).ifPresent(end -> retention.expire(end, events.expired(retention, end)));
            records.save(retention);
        });
    }

    /**
     * As closure's client.erased consumer does: the client's key, then each case file once under the announcement's
     * id, each on the audit trail; the retention record itself last, so that a failure on the way is retried.
     */
    private void eraseHere(ClientRetention retention) {
        Expiry end = retention.getExpiry();
        clients.erase(events.asApplied(retention), retention.getClientId(), end.caseIds());
        audit.recordConsumed(EventCatalog.CASE_RETENTION_EXPIRED.type(), PlatformService.CLOSURE.source(),
                AUDITED_AS, retention.getClientId(), end.caseId(), AuditAction.DELETE, retention.getAgencyId());
        retention.erasedHere();
        records.save(retention);
    }

    /** The client's cases as they are now, each under its program's policy as it is now. */
    private boolean weigh(ClientRetention retention) {
        List<CaseState> cases = clients.of(retention.getClientId());
        Map<String, RetentionPolicy> byProgram = new HashMap<>();
        List<RetainedCase> weighed = cases.stream().map(kase -> kase.isClosed()
                ? RetainedCase.closed(kase.caseId(), kase.programId(), kase.closedAt(), byProgram.computeIfAbsent(
                        kase.programId(), program -> policies.of(kase.agencyId(), program)))
                : RetainedCase.open(kase.caseId(), kase.programId())).toList();
        return retention.weigh(weighed, cases.stream().anyMatch(CaseState::clientErased));
    }

    /** Loads (or starts) the client's retention, changes it and saves it if it changed, again if another saved first. */
    private ClientRetention update(String clientId, String agencyId, Predicate<ClientRetention> change) {
        for (int attempt = 1; ; attempt++) {
            ClientRetention retention = records.findById(clientId)
                    .orElseGet(() -> ClientRetention.of(clientId, agencyId));
            if (!change.test(retention)) {
                return retention;
            }
            try {
                return records.save(retention);
            } catch (DuplicateKeyException | OptimisticLockingFailureException savedMeanwhile) {
                if (attempt == ATTEMPTS) {
                    throw savedMeanwhile;
                }
            }
        }
    }
}
