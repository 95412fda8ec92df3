package org.casemgmt.platform.sample;

import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import org.casemgmt.testsupport.TestIssuer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ResponseEntity;
import org.springframework.web.client.RestClient;

import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/** A service refuses every token it cannot trust with 401, and answers health and its OpenAPI without one. */
@SampleServiceTest
class ResourceServerIT {

    private static final String CASES = "/api/sample/cases/any";

    @LocalServerPort
    int port;

    static Stream<Arguments> untrustworthyTokens() {
        return Stream.of(
                Arguments.of("expired", (UnaryOperator<TestIssuer.Token>) TestIssuer.Token::expired,
                        "it has expired"),
                Arguments.of("signed with a key the issuer never published",
                        (UnaryOperator<TestIssuer.Token>) TestIssuer.Token::signedByStranger,
                        "its signature could not be verified with the keys the trusted authorisation server publishes"),
                Arguments.of("from another issuer",
                        (UnaryOperator<TestIssuer.Token>) token -> token.issuedBy(TestIssuer.OTHER_ISSUER),
                        "it was not issued by the authorisation server this platform trusts"),
                Arguments.of("without the casemgmt scope",
                        (UnaryOperator<TestIssuer.Token>) token -> token.withScope("openid profile"),
                        "it was not granted the casemgmt scope"),
                Arguments.of("for another audience",
                        (UnaryOperator<TestIssuer.Token>) token -> token.forAudience("billing-api"),
                        "it is meant for another API: its audience is not casemgmt"),
                Arguments.of("without an audience",
                        (UnaryOperator<TestIssuer.Token>) token -> token.without("aud"),
                        "it is meant for another API: its audience is not casemgmt"),
                Arguments.of("without the agency claim",
                        (UnaryOperator<TestIssuer.Token>) token -> token.without("agency"),
                        "it lacks the agency claim"),
                Arguments.of("without the roles claim",
                        (UnaryOperator<TestIssuer.Token>) token -> token.without("roles"),
                        "it lacks the roles claim"));
    }

    @ParameterizedTest(name = "a token {0} is refused, saying so")
    @MethodSource("untrustworthyTokens")
    void refusesAnUntrustworthyToken(String why, UnaryOperator<TestIssuer.Token> spoil, String reason) {
        String token = spoil.apply(TestIssuer.shared().token("worker-1", "agency-1", "CASE_WORKER")).encode();

        ResponseEntity<JsonNode> refused = http().get().uri(CASES).header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
                .retrieve().toEntity(JsonNode.class);

        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        String challenge = refused.getHeaders().getFirst(HttpHeaders.WWW_AUTHENTICATE);
        assertThat(challenge).startsWith("Bearer").contains("invalid_token").contains(reason);
        assertThat(refused.getBody().path("type").asString()).isEqualTo("urn:casemgmt:problem:unauthenticated");
        String detail = refused.getBody().path("detail").asString();
        assertThat(detail).isEqualTo("The access token was refused: " + reason + ".");
        // Neither the JWT library's words nor the issuer's or the key's whereabouts.
        assertThat(detail + challenge).doesNotContain("Jwt", "JWK", "JOSE", "decode", "Exception", "claim is not valid",
                TestIssuer.OTHER_ISSUER, "casemgmt-test-key", "127.0.0.1");
    }

    @Test
    void refusesSomethingThatIsNoJwt() {
        ResponseEntity<JsonNode> refused = http().get().uri(CASES)
                .header(HttpHeaders.AUTHORIZATION, "Bearer opaque-token").retrieve().toEntity(JsonNode.class);

        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(refused.getBody().path("detail").asString())
                .isEqualTo("The access token was refused: it is not a well-formed signed JWT.");
    }

    @Test
    void refusesARequestWithoutAToken() {
        ResponseEntity<JsonNode> refused = http().get().uri(CASES).header("X-Correlation-Id", "corr-no-token")
                .retrieve().toEntity(JsonNode.class);

        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(refused.getHeaders().getFirst(HttpHeaders.WWW_AUTHENTICATE)).startsWith("Bearer")
                .doesNotContain("error=");
        assertThat(refused.getBody().path("detail").asString()).contains("Authorization: Bearer");
        assertThat(refused.getBody().path("correlationId").asString()).isEqualTo("corr-no-token");
        assertThat(refused.getBody().path("instance").asString()).isEqualTo(CASES);
    }

    @Test
    void acceptsAValidToken() {
        ResponseEntity<JsonNode> answered = http().get().uri(CASES)
                .header(HttpHeaders.AUTHORIZATION, TestIssuer.shared().bearer("worker-1", "agency-1", "CASE_WORKER"))
                .retrieve().toEntity(JsonNode.class);

        assertThat(answered.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    }

    @Test
    void answersHealthWithoutAToken() {
        assertThat(http().get().uri("/actuator/health/liveness").retrieve().toBodilessEntity().getStatusCode())
                .isEqualTo(HttpStatus.OK);
    }

    @Test
    void describesItselfAsAProtectedResourceWithoutAToken() {
        ResponseEntity<JsonNode> metadata = http().get().uri("/.well-known/oauth-protected-resource").retrieve()
                .toEntity(JsonNode.class);

        assertThat(metadata.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(metadata.getBody().path("authorization_servers").toString()).contains(TestIssuer.ISSUER);
    }

    @Test
    void keepsOtherActuatorEndpointsBehindAToken() {
        assertThat(http().get().uri("/actuator/prometheus").retrieve().toBodilessEntity().getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    private RestClient http() {
        return RestClient.builder().baseUrl("http://localhost:" + port)
                .defaultStatusHandler(HttpStatusCode::isError, (request, response) -> { })
                .build();
    }
}
