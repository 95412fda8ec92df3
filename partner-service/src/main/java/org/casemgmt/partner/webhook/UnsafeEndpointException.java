package org.casemgmt.partner.webhook;

/**
 * A webhook URL the platform will not call, since it could make the platform reach into its own network (server-side
 * request forgery); {@link #reason()} names why, as a stable slug, e.g. {@code private-address}.
 */
class UnsafeEndpointException extends RuntimeException {

    private final String reason;

    UnsafeEndpointException(String reason, String detail) {
        super(detail, null, false, false);
        this.reason = reason;
    }

    String reason() {
        return reason;
    }
}
