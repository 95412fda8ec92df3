package org.casemgmt.platform.outbox;

import org.casemgmt.platform.observability.Correlation;
import org.slf4j.MDC;
import org.springframework.beans.factory.ObjectProvider;

import io.micrometer.tracing.Span;
import io.micrometer.tracing.TraceContext;
import io.micrometer.tracing.Tracer;

/**
 * Reads the correlation id from the logging MDC (the web filter puts it there) and the current span from
 * Micrometer Tracing, rendered as a W3C {@code traceparent}.
 */
class CurrentTraceContext implements EventRecorder.TraceContext {

    private final ObjectProvider<Tracer> tracer;

    CurrentTraceContext(ObjectProvider<Tracer> tracer) {
        this.tracer = tracer;
    }

    @Override
    public String correlationId() {
        return MDC.get(Correlation.MDC_KEY);
    }

    @Override
    public String traceparent() {
        Tracer current = tracer.getIfAvailable();
        Span span = current == null ? null : current.currentSpan();
        if (span == null || span.isNoop()) {
            return null;
        }
        TraceContext context = span.context();
        if (context.traceId().isEmpty()) {
            return null;
        }
        boolean sampled = Boolean.TRUE.equals(context.sampled());
        return "00-" + context.traceId() + "-" + context.spanId() + (sampled ? "-01" : "-00");
    }
}
