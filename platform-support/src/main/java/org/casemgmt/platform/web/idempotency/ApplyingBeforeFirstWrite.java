package org.casemgmt.platform.web.idempotency;

import java.util.Set;
import java.util.function.Supplier;

import org.casemgmt.platform.audit.AuditEntry;
import org.springframework.core.Ordered;
import org.springframework.data.mongodb.core.mapping.event.BeforeConvertCallback;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * Switches the record of a request with an {@code Idempotency-Key} to {@code APPLYING} before the request's first
 * write, so that a retry never runs again a request that may have taken effect ({@link IdempotencyRecords}); and
 * stops a request taken over by a retry before it writes anything.
 *
 * <p>Runs for every insert, save and replace through {@code MongoTemplate} and the repositories, of entities and
 * of {@code Document}s alike (entity callbacks), ahead of the save callbacks and listeners, so before the outbox
 * marks and the personal-data keys a save writes. Updates ({@code updateFirst}, {@code upsert},
 * {@code findAndModify}, bulk operations) and removes bypass it; no request handler of the services writes that way.
 * Writes on other threads than the request's (the outbox relay, timers, consumers) are outside any request.
 *
 * <p>Left out: the idempotency records themselves, and the audit trail, whose entry records an attempt rather than
 * its effect; a request that failed before writing anything still gets its failure on record, and must still be
 * run again by a retry, which is recorded as the attempt it is.
 */
final class ApplyingBeforeFirstWrite implements BeforeConvertCallback<Object>, Ordered {

    private static final Set<String> NOT_EFFECTS = Set.of(IdempotencyRecords.COLLECTION, AuditEntry.COLLECTION);

    private final Supplier<IdempotencyRecords> records;

    /** @param records got when first needed: the store discovers its callbacks while MongoTemplate is being made */
    ApplyingBeforeFirstWrite(Supplier<IdempotencyRecords> records) {
        this.records = records;
    }

    @Override
    public Object onBeforeConvert(Object entity, String collection) {
        if (!NOT_EFFECTS.contains(collection)
                && RequestContextHolder.getRequestAttributes() instanceof RequestAttributes request
                && request.getAttribute(ClaimedRequest.ATTRIBUTE, RequestAttributes.SCOPE_REQUEST)
                instanceof ClaimedRequest claimed) {
            claimed.beforeWrite(records.get());
        }
        return entity;
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }
}
