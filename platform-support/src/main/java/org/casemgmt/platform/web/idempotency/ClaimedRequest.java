package org.casemgmt.platform.web.idempotency;

/**
 * The request that holds a key's record, as the filter leaves it on the request for
 * {@link ApplyingBeforeFirstWrite}: which record, under which owner id, and whether it has begun writing.
 */
final class ClaimedRequest {

    static final String ATTRIBUTE = ClaimedRequest.class.getName();

    private final String scope;
    private final String owner;
    private boolean applying;

    ClaimedRequest(String scope, String owner) {
        this.scope = scope;
        this.owner = owner;
    }

    String scope() {
        return scope;
    }

    String owner() {
        return owner;
    }

    /**
     * Switches the record to {@code APPLYING} once, before the request's first write.
     *
     * @throws IdempotentRequestTakenOverException when a retry took the record over: this request must not write
     */
    void beforeWrite(IdempotencyRecords records) {
        if (!applying) {
            if (!records.applying(scope, owner)) {
                throw new IdempotentRequestTakenOverException();
            }
            applying = true;
        }
    }
}
