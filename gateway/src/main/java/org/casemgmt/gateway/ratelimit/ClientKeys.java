package org.casemgmt.gateway.ratelimit;

import java.net.InetSocketAddress;
import java.util.Base64;
import java.util.Optional;

import org.springframework.http.HttpHeaders;
import org.springframework.http.server.reactive.ServerHttpRequest;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Whom a request counts against: the subject of its bearer token, else its {@code X-Client-Id}, else its
 * {@code X-Actor-Id}, else the address it came from. The token is read, not validated: the gateway does not check
 * tokens yet, so until it does every one of these is the caller's claim, good for keeping a runaway client from
 * swamping the services but not against a caller who varies it on purpose.
 */
final class ClientKeys {

    private static final String CLIENT_ID_HEADER = "X-Client-Id";
    private static final String ACTOR_ID_HEADER = "X-Actor-Id";

    // Each key takes room in the rate limiter's table, so a caller's value counts only while it is short.
    private static final int MAX_CLAIM_LENGTH = 128;
    // A JWT payload with a subject and the usual claims is well under this; decoding more is not worth it.
    private static final int MAX_TOKEN_LENGTH = 8192;
    private static final String BEARER = "Bearer ";

    private ClientKeys() {
    }

    static String of(ServerHttpRequest request) {
        HttpHeaders headers = request.getHeaders();
        return bearerSubject(headers.getFirst(HttpHeaders.AUTHORIZATION)).map(subject -> "sub:" + subject)
                .or(() -> shortValue(headers.getFirst(CLIENT_ID_HEADER)).map(client -> "client:" + client))
                .or(() -> shortValue(headers.getFirst(ACTOR_ID_HEADER)).map(actor -> "actor:" + actor))
                .orElseGet(() -> "address:" + address(request.getRemoteAddress()));
    }

    private static Optional<String> bearerSubject(String authorization) {
        if (authorization == null || authorization.length() > MAX_TOKEN_LENGTH
                || !authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            return Optional.empty();
        }
        String[] parts = authorization.substring(BEARER.length()).trim().split("\\.", -1);
        if (parts.length != 3) {
            return Optional.empty();
        }
        try {
            JsonNode claims = JsonMapper.shared().readTree(Base64.getUrlDecoder().decode(parts[1]));
            return shortValue(claims.path("sub").stringValue(null));
        } catch (IllegalArgumentException | JacksonException unreadable) {
            return Optional.empty();
        }
    }

    private static Optional<String> shortValue(String value) {
        return value != null && !value.isBlank() && value.length() <= MAX_CLAIM_LENGTH
                ? Optional.of(value)
                : Optional.empty();
    }

    private static String address(InetSocketAddress remote) {
        if (remote == null) {
            return "unknown";
        }
        return remote.getAddress() != null ? remote.getAddress().getHostAddress() : remote.getHostString();
    }
}
