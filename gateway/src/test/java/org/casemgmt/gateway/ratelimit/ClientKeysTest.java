package org.casemgmt.gateway.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.junit.jupiter.api.Test;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;

class ClientKeysTest {

    private static final InetSocketAddress CALLER = new InetSocketAddress("203.0.113.7", 51234);

    @Test
    void theSubjectOfABearerTokenIsTheClient() {
        MockServerHttpRequest request = request()
                .header("Authorization", "Bearer " + jwt("{\"iss\":\"https://id.example\",\"sub\":\"worker.alex\"}"))
                .header("X-Client-Id", "console")
                .build();

        assertThat(ClientKeys.of(request)).isEqualTo("sub:worker.alex");
    }

    @Test
    void aTokenWithoutAReadableSubjectLeavesTheChoiceToTheHeaders() {
        for (String unreadable : new String[] { "Bearer opaque-token", "Bearer " + jwt("{\"sub\":42}"),
                "Bearer " + jwt("{\"scope\":\"read\"}"), "Bearer a.%%%.c", "Bearer a.bm90IGpzb24.c", "Bearer a..c",
                "Bearer a.bnVsbA.c", "Bearer a.W10.c",
                "Basic d29ya2VyOnNlY3JldA==" }) {
            MockServerHttpRequest request = request().header("Authorization", unreadable)
                    .header("X-Client-Id", "console").build();

            assertThat(ClientKeys.of(request)).as(unreadable).isEqualTo("client:console");
        }
    }

    @Test
    void theClientIdComesBeforeTheActorId() {
        MockServerHttpRequest request = request().header("X-Client-Id", "console")
                .header("X-Actor-Id", "worker.alex").build();

        assertThat(ClientKeys.of(request)).isEqualTo("client:console");
    }

    @Test
    void theActorIdIsTheClientWhenNoClientIdIsGiven() {
        assertThat(ClientKeys.of(request().header("X-Actor-Id", "worker.alex").build()))
                .isEqualTo("actor:worker.alex");
    }

    @Test
    void aCallerThatNamesNobodyCountsByItsAddress() {
        assertThat(ClientKeys.of(request().build())).isEqualTo("address:203.0.113.7");
    }

    @Test
    void aClaimLongerThan128CharactersIsNotTrustedAsAKey() {
        MockServerHttpRequest request = request().header("X-Client-Id", "c".repeat(129))
                .header("X-Actor-Id", "a".repeat(128)).build();

        assertThat(ClientKeys.of(request)).isEqualTo("actor:" + "a".repeat(128));
    }

    private static MockServerHttpRequest.BaseBuilder<?> request() {
        return MockServerHttpRequest.get("/api/intake/clients").remoteAddress(CALLER);
    }

    private static String jwt(String claims) {
        Base64.Encoder encoder = Base64.getUrlEncoder().withoutPadding();
        return encoder.encodeToString("{\"alg\":\"RS256\"}".getBytes(StandardCharsets.UTF_8)) + "."
                + encoder.encodeToString(claims.getBytes(StandardCharsets.UTF_8)) + ".c2lnbmF0dXJl";
    }
}
