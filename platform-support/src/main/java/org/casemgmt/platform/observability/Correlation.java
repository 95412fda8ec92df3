package org.casemgmt.platform.observability;

/** Where the correlation id of a request travels: HTTP header, logging MDC key, Kafka header. */
public final class Correlation {

    public static final String HTTP_HEADER = "X-Correlation-Id";
    public static final String MDC_KEY = "correlationId";

    private Correlation() {
    }
}
