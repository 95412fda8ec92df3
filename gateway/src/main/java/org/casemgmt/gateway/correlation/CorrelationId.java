package org.casemgmt.gateway.correlation;

import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

import org.springframework.web.server.ServerWebExchange;

/** The id that ties a client's request to every log line and event it causes, across services. */
public final class CorrelationId {

    public static final String HEADER = "X-Correlation-Id";

    /** The same key as the services' log pattern, so one grep follows a request through every log. */
    static final String MDC_KEY = "correlationId";

    static final String ATTRIBUTE = CorrelationId.class.getName();

    // A caller's id is echoed into headers, logs and events, so only a short, plain token is trusted.
    private static final Pattern ACCEPTABLE = Pattern.compile("[A-Za-z0-9._:-]{1,128}");

    private CorrelationId() {
    }

    /** The correlation id of this exchange, once {@link CorrelationIdWebFilter} has seen it. */
    public static Optional<String> of(ServerWebExchange exchange) {
        return Optional.ofNullable(exchange.getAttribute(ATTRIBUTE));
    }

    static String acceptOrGenerate(String offered) {
        return offered != null && ACCEPTABLE.matcher(offered).matches() ? offered : UUID.randomUUID().toString();
    }
}
