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
                Arguments.of("expired", (UnaryOperator<TestIssuer.Token>) TestIssuer.Token::expired),
                Arguments.of("signed with a key the issuer never published",
                        (UnaryOperator<TestIssuer.Token>) TestIssuer.Token::signedByStranger),
                Arguments.of("from another issuer",
                        (UnaryOperator<TestIssuer.Token>) token -> token.issuedBy(TestIssuer.OTHER_ISSUER)),
                Arguments.of("without the agency claim",
                        (UnaryOperator<TestIssuer.Token>) token -> token.without("agency")),
                Arguments.of("without the roles claim",
                        (UnaryOperator<TestIssuer.Token>) token -> token.without("roles")));
    }

    @ParameterizedTest(name = "a token {0} is refused")
    @MethodSource("untrustworthyTokens")
    void refusesAnUntrustworthyToken(String why, UnaryOperator<TestIssuer.Token> spoil) {
        String token = spoil.apply(TestIssuer.shared().token("worker-1", "agency-1", "CASE_WORKER")).encode();

        ResponseEntity<JsonNode> refused = http().get().uri(CASES).header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
                .retrieve().toEntity(JsonNode.class);

        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(refused.getHeaders().getFirst(HttpHeaders.WWW_AUTHENTICATE)).startsWith("Bearer")
                .contains("invalid_token");
        assertThat(refused.getBody().path("type").asString()).isEqualTo("urn:casemgmt:problem:unauthenticated");
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
