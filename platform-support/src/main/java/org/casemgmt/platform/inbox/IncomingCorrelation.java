package org.casemgmt.platform.inbox;

import org.casemgmt.platform.observability.Correlation;
import org.casemgmt.platform.outbox.CloudEventHeaders;
import org.slf4j.MDC;
import org.springframework.messaging.Message;
import org.springframework.messaging.MessageChannel;
import org.springframework.messaging.support.ChannelInterceptor;

/**
 * Puts an incoming record's {@code correlation-id} header in the logging MDC while a consumer handles it, so its
 * log lines and the events it records carry the correlation id of the request that started the chain.
 */
class IncomingCorrelation implements ChannelInterceptor {

    @Override
    public Message<?> preSend(Message<?> message, MessageChannel channel) {
        String correlationId = IncomingEventReader.header(message.getHeaders(), CloudEventHeaders.CORRELATION_ID);
        if (correlationId != null) {
            MDC.put(Correlation.MDC_KEY, correlationId);
        }
        return message;
    }

    @Override
    public void afterSendCompletion(Message<?> message, MessageChannel channel, boolean sent, Exception ex) {
        MDC.remove(Correlation.MDC_KEY);
    }
}
