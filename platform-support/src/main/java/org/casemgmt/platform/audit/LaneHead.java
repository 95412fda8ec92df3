package org.casemgmt.platform.audit;

/**
 * The last entry of a lane as far as someone knows: its sequence number and hash, what the next entry chains to.
 * {@link #START} before the first.
 */
record LaneHead(long sequence, String hash) {

    static final LaneHead START = new LaneHead(0, AuditEntry.GENESIS_HASH);

    /** The further of the two along the lane. */
    LaneHead orLater(LaneHead other) {
        return other != null && other.sequence > sequence ? other : this;
    }
}
