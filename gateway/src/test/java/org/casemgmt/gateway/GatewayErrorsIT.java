package org.casemgmt.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DefaultDataBufferFactory;
import org.springframework.http.MediaType;
import reactor.core.publisher.Flux;

/** Errors the gateway answers itself: each one a problem document with the correlation id, never a stack trace. */
class GatewayErrorsIT extends GatewayWithStubbedStages {

    private static final int OVER_THE_TEST_LIMIT_OF_16_KB = 17 * 1024;

    @Test
    void anUnknownPathIsANotFoundProblem() {
        gateway.get().uri("/api/unknown-stage/things")
                .header("X-Correlation-Id", "corr-404")
                .exchange()
                .expectStatus().isNotFound()
                .expectHeader().contentType(PROBLEM_JSON)
                .expectHeader().valueEquals("X-Correlation-Id", "corr-404")
                .expectBody()
                .jsonPath("$.type").isEqualTo("urn:casemgmt:problem:not-found")
                .jsonPath("$.status").isEqualTo(404)
                .jsonPath("$.instance").isEqualTo("/api/unknown-stage/things")
                .jsonPath("$.correlationId").isEqualTo("corr-404")
                .jsonPath("$.trace").doesNotExist();
    }

    @Test
    void theFallbackCannotBeCalledFromOutside() {
        gateway.get().uri("/fallback/intake").exchange()
                .expectStatus().isNotFound()
                .expectBody().jsonPath("$.type").isEqualTo("urn:casemgmt:problem:not-found");
    }

    @Test
    void anUnsupportedMethodIsAMethodNotAllowedProblem() {
        gateway.post().uri("/actuator/health").exchange()
                .expectStatus().isEqualTo(405)
                .expectHeader().contentType(PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.type").isEqualTo("urn:casemgmt:problem:method-not-allowed")
                .jsonPath("$.instance").isEqualTo("/actuator/health");
    }

    @Test
    void aBodyDeclaredOverTheLimitIsRefusedWithAContentTooLargeProblem() {
        gateway.post().uri("/api/intake/documents")
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue("x".repeat(OVER_THE_TEST_LIMIT_OF_16_KB))
                .exchange()
                .expectStatus().isEqualTo(413)
                .expectHeader().contentType(PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.type").isEqualTo("urn:casemgmt:problem:content-too-large")
                .jsonPath("$.instance").isEqualTo("/api/intake/documents");

        assertThat(intake.receivedAt("/api/intake/documents")).isEmpty();
    }

    @Test
    void aChunkedBodyThatGrowsOverTheLimitIsRefusedToo() {
        Flux<DataBuffer> chunks = Flux.range(0, 17).map(chunk -> DefaultDataBufferFactory.sharedInstance
                .wrap("y".repeat(1024).getBytes(StandardCharsets.UTF_8)));

        gateway.post().uri("/api/intake/attachments")
                .contentType(MediaType.APPLICATION_OCTET_STREAM)
                .body(chunks, DataBuffer.class)
                .exchange()
                .expectStatus().isEqualTo(413)
                .expectBody().jsonPath("$.type").isEqualTo("urn:casemgmt:problem:content-too-large");

        assertThat(intake.receivedAt("/api/intake/attachments")).isEmpty();
    }

    @Test
    void aBodyWithinTheLimitIsForwarded() {
        intake.answer("/api/intake/notes", 201, "application/json", "{}");
        String body = "z".repeat(15 * 1024);

        gateway.post().uri("/api/intake/notes")
                .contentType(MediaType.TEXT_PLAIN)
                .bodyValue(body)
                .exchange()
                .expectStatus().isCreated();

        assertThat(intake.lastReceivedAt("/api/intake/notes").body()).isEqualTo(body);
    }
}
