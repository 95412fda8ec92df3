package org.casemgmt.partner.webhook;

/**
 * What one attempt to deliver got: the receiver's status code, or why no answer came (a timeout, a refused
 * connection, an address refused by the {@link EndpointCheck}).
 */
record AttemptResult(Integer statusCode, String error) {

    static AttemptResult answered(int statusCode) {
        return new AttemptResult(statusCode, null);
    }

    static AttemptResult failed(String error) {
        return new AttemptResult(null, error);
    }

    boolean delivered() {
        return statusCode != null && statusCode >= 200 && statusCode < 300;
    }
}
