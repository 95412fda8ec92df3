package org.casemgmt.partner.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.sun.net.httpserver.HttpServer;

/**
 * The receiver the partner guide quotes, against requests signed as {@link WebhookSender} signs them: a genuine one
 * is accepted; a changed body, a changed timestamp, an old timestamp and another secret's signature are refused.
 */
class SampleReceiverTest {

    private static final String BODY = "{\"caseId\":\"case-1\",\"programId\":\"program-1\"}";

    private final String secret = WebhookSignature.newSecret(new SecureRandom());
    private final List<String> accepted = new CopyOnWriteArrayList<>();
    private final HttpClient http = HttpClient.newHttpClient();
    private HttpServer receiver;

    @BeforeEach
    void startTheReceiver() throws IOException {
        receiver = SampleReceiver.start(0, secret, accepted::add);
    }

    @AfterEach
    void stopTheReceiver() {
        receiver.stop(0);
    }

    @Test
    void acceptsAGenuineDelivery() throws Exception {
        long now = Instant.now().getEpochSecond();

        assertThat(post("msg_1", now, WebhookSignature.sign(secret, "msg_1", now, BODY), BODY)).isEqualTo(204);
        assertThat(accepted).containsExactly(BODY);
    }

    @Test
    void acceptsWhenOneOfSeveralSignaturesVerifies() throws Exception {
        long now = Instant.now().getEpochSecond();
        String old = WebhookSignature.sign(WebhookSignature.newSecret(new SecureRandom()), "msg_1", now, BODY);

        assertThat(post("msg_1", now, old + " " + WebhookSignature.sign(secret, "msg_1", now, BODY), BODY))
                .isEqualTo(204);
    }

    @Test
    void refusesATamperedBody() throws Exception {
        long now = Instant.now().getEpochSecond();

        assertThat(post("msg_1", now, WebhookSignature.sign(secret, "msg_1", now, BODY),
                BODY.replace("case-1", "case-2"))).isEqualTo(401);
        assertThat(accepted).isEmpty();
    }

    @Test
    void refusesATamperedTimestamp() throws Exception {
        long now = Instant.now().getEpochSecond();

        assertThat(post("msg_1", now + 1, WebhookSignature.sign(secret, "msg_1", now, BODY), BODY)).isEqualTo(401);
        assertThat(accepted).isEmpty();
    }

    @Test
    void refusesADeliveryOlderThanFiveMinutesEvenIfItsSignatureVerifies() throws Exception {
        long sixMinutesAgo = Instant.now().getEpochSecond() - 360;

        assertThat(post("msg_1", sixMinutesAgo, WebhookSignature.sign(secret, "msg_1", sixMinutesAgo, BODY), BODY))
                .isEqualTo(401);
        assertThat(accepted).isEmpty();
    }

    @Test
    void refusesAnotherSecretsSignatureAndAnUnsignedRequest() throws Exception {
        long now = Instant.now().getEpochSecond();
        String other = WebhookSignature.newSecret(new SecureRandom());

        assertThat(post("msg_1", now, WebhookSignature.sign(other, "msg_1", now, BODY), BODY)).isEqualTo(401);
        assertThat(post("msg_1", now, null, BODY)).isEqualTo(401);
        assertThat(accepted).isEmpty();
    }

    private int post(String id, long timestamp, String signature, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:"
                        + receiver.getAddress().getPort() + "/webhooks"))
                .header("webhook-id", id).header("webhook-timestamp", Long.toString(timestamp))
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (signature != null) {
            request.header("webhook-signature", signature);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    }
}
