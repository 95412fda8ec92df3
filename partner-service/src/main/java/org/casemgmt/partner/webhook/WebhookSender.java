package org.casemgmt.partner.webhook;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;

import org.springframework.stereotype.Component;

/**
 * Makes one attempt: checks the URL again (its host may resolve elsewhere since it was registered), then POSTs the
 * CloudEvents request with the Standard Webhooks headers {@code webhook-id} (the delivery's id, the same on every
 * attempt), {@code webhook-timestamp} (now, Unix seconds) and {@code webhook-signature}. Redirects are not followed:
 * they would lead past the check.
 */
@Component
class WebhookSender {

    private final EndpointCheck endpoints;
    private final WebhookProperties properties;
    private final HttpClient http;

    WebhookSender(EndpointCheck endpoints, WebhookProperties properties) {
        this.endpoints = endpoints;
        this.properties = properties;
        this.http = HttpClient.newBuilder().connectTimeout(properties.requestTimeout())
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    AttemptResult send(WebhookRegistration registration, WebhookDelivery delivery, Instant now) {
        URI url;
        try {
            url = endpoints.check(registration.getUrl());
        } catch (UnsafeEndpointException e) {
            return AttemptResult.failed(e.reason() + ": " + e.getMessage());
        }
        CloudEventRequest event = delivery.getRequest();
        long timestamp = now.getEpochSecond();
        HttpRequest.Builder request = HttpRequest.newBuilder(url).timeout(properties.requestTimeout())
                .header("content-type", event.contentType())
                .header("webhook-id", delivery.getId())
                .header("webhook-timestamp", Long.toString(timestamp))
                .header("webhook-signature", WebhookSignature.sign(registration.getSecret(), delivery.getId(),
                        timestamp, event.body()))
                .POST(HttpRequest.BodyPublishers.ofString(event.body()));
        event.headers().forEach(request::header);
        try {
            HttpResponse<Void> response = http.send(request.build(), HttpResponse.BodyHandlers.discarding());
            return AttemptResult.answered(response.statusCode());
        } catch (IOException e) {
            return AttemptResult.failed(e.getClass().getSimpleName() + (e.getMessage() == null ? ""
                    : ": " + e.getMessage()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return AttemptResult.failed("interrupted while waiting for the receiver");
        }
    }
}
