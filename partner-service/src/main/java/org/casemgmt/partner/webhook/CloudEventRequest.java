package org.casemgmt.partner.webhook;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A feed record as the HTTP request of CloudEvents' binary mode: each {@code ce_<attribute>} Kafka header becomes the
 * {@code ce-<attribute>} HTTP header, the content type stays the content type, the body stays the body. Nothing else
 * of the record travels (its trace and correlation headers are the platform's own).
 */
record CloudEventRequest(Map<String, String> headers, String contentType, String body) {

    static final String DEFAULT_CONTENT_TYPE = "application/json";

    CloudEventRequest {
        headers = Map.copyOf(headers);
    }

    static CloudEventRequest fromKafkaHeaders(Map<String, String> kafkaHeaders, String body) {
        Map<String, String> headers = new LinkedHashMap<>();
        kafkaHeaders.forEach((name, value) -> {
            if (name.startsWith("ce_")) {
                headers.put("ce-" + name.substring("ce_".length()), value);
            }
        });
        return new CloudEventRequest(headers, kafkaHeaders.getOrDefault("content-type", DEFAULT_CONTENT_TYPE), body);
    }

    String eventId() {
        return headers.get("ce-id");
    }

    String eventType() {
        return headers.get("ce-type");
    }

    String subject() {
        return headers.get("ce-subject");
    }
}
