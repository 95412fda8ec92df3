package org.casemgmt.partner.webhook;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Base64;
import java.util.function.Consumer;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpServer;

/** A partner's webhook receiver, JDK only: it trusts a delivery only if its signature verifies and it is recent. */
public final class SampleReceiver {

    public static void main(String[] args) throws IOException {
        start(8099, System.getenv("WEBHOOK_SECRET"), body -> System.out.println("verified: " + body));
    }

    public static HttpServer start(int port, String secret, Consumer<String> onEvent) throws IOException {
        byte[] key = Base64.getDecoder().decode(secret.substring("whsec_".length()));
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
        server.createContext("/webhooks", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), UTF_8);
            boolean genuine = verify(key, exchange.getRequestHeaders(), body, Instant.now());
            if (genuine) {
                onEvent.accept(body); // the CloudEvent's attributes are in the ce-* headers
            }
            exchange.sendResponseHeaders(genuine ? 204 : 401, -1);
            exchange.close();
        });
        server.start();
        return server;
    }

    static boolean verify(byte[] key, Headers headers, String body, Instant now) {
        String id = headers.getFirst("webhook-id");
        String timestamp = headers.getFirst("webhook-timestamp");
        String signatures = headers.getFirst("webhook-signature");
        if (id == null || timestamp == null || signatures == null || !timestamp.matches("\\d{1,12}")
                || Math.abs(now.getEpochSecond() - Long.parseLong(timestamp)) > 300) {
            return false; // unsigned, or older (or newer) than 5 minutes: perhaps a replayed capture
        }
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            byte[] expected = mac.doFinal((id + "." + timestamp + "." + body).getBytes(UTF_8));
            for (String signature : signatures.split(" ")) { // several while the secret is rotated
                if (signature.startsWith("v1,")
                        && MessageDigest.isEqual(expected, Base64.getDecoder().decode(signature.substring(3)))) {
                    return true;
                }
            }
            return false;
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return false;
        }
    }
}
