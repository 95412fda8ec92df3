package org.casemgmt.platform.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import org.casemgmt.platform.audit.AuditAction;
import org.casemgmt.platform.audit.Audited;
import org.junit.jupiter.api.Test;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.method.HandlerMethod;

import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;

class StandardResponsesTest {

    private final StandardResponses standard = new StandardResponses();

    @Test
    void aCreationCarriesTheIdempotencyKeyAndAnswersItsLocationAndTheKeysRefusals() throws Exception {
        Operation operation = standard.customize(new Operation().responses(springdocs("201")),
                handler("create", Object.class));

        assertThat(operation.getParameters()).extracting(p -> p.get$ref())
                .containsExactly("#/components/parameters/IdempotencyKey");
        assertThat(operation.getResponses().get("201").getHeaders())
                .containsOnlyKeys("Location", "Idempotent-Replayed");
        assertThat(operation.getResponses()).containsOnlyKeys("201", "400", "401", "403", "409", "410", "422", "503");
        assertThat(operation.getResponses().get("503").get$ref()).as("not audited: the store or the token issuer")
                .isEqualTo("#/components/responses/Unavailable");
        assertThat(operation.getResponses().get("409").getContent().get("application/problem+json").getExamples())
                .as("a new resource cannot be stale").containsOnlyKeys("idempotent-request-in-progress",
                        "idempotent-request-outcome-unknown", "idempotent-request-taken-over");
        assertThat(operation.getResponses().get("409").getHeaders()).containsOnlyKeys("Retry-After");
    }

    @Test
    void aChangeOfANamedResourceMayMeetAStaleVersionBesidesItsOwnRules() throws Exception {
        ApiResponses springdocs = springdocs("200");
        springdocs.addApiResponse("409", json(new ApiResponse().description("`intake-already-decided`")));

        Operation operation = standard.customize(new Operation().responses(springdocs),
                handler("change", String.class, Object.class));

        ApiResponse conflict = operation.getResponses().get("409");
        assertThat(conflict.getDescription()).contains("`intake-already-decided`", "`stale-version`")
                .doesNotContain("Idempotency-Key");
        assertThat(conflict.getContent()).containsOnlyKeys("application/problem+json");
        assertThat(conflict.getContent().get("application/problem+json").getExamples())
                .containsOnlyKeys("rule-violation", "stale-version");
        assertThat(operation.getParameters()).as("only a POST takes an Idempotency-Key").isNull();
    }

    @Test
    void aReadAnswersItsOwnErrorsAsProblemDocumentsAndTheSharedOnesByReference() throws Exception {
        ApiResponses springdocs = springdocs("200");
        springdocs.addApiResponse("404", json(new ApiResponse().description("No such case")));

        Operation operation = standard.customize(new Operation().responses(springdocs),
                handler("read", String.class));

        assertThat(operation.getResponses()).containsOnlyKeys("200", "400", "401", "403", "404", "503");
        assertThat(operation.getResponses().get("404").getContent().get("application/problem+json").getSchema()
                .get$ref()).isEqualTo("#/components/schemas/ProblemDetail");
        assertThat(operation.getResponses().get("401").get$ref()).isEqualTo("#/components/responses/Unauthorized");
        assertThat(operation.getResponses().get("503").get$ref()).as("an audited read")
                .isEqualTo("#/components/responses/AuditUnavailable");
        assertThat(operation.getResponses().get("403").getDescription()).as("the method's own, not the controller's")
                .isEqualTo("Only a supervisor may");
    }

    private static ApiResponses springdocs(String success) {
        ApiResponses responses = new ApiResponses().addApiResponse(success, json(new ApiResponse().description("ok")));
        // springdoc's answer to a controller-wide @ApiResponse, which replaces the method's own for the same status
        return responses.addApiResponse("403", json(new ApiResponse().description("Your roles do not allow this")));
    }

    private static ApiResponse json(ApiResponse response) {
        return response.content(new Content().addMediaType("application/json",
                new MediaType().schema(new Schema<>().$ref("#/components/schemas/Case"))));
    }

    private static HandlerMethod handler(String name, Class<?>... parameterTypes) throws NoSuchMethodException {
        return new HandlerMethod(new Cases(), Cases.class.getDeclaredMethod(name, parameterTypes));
    }

    @io.swagger.v3.oas.annotations.responses.ApiResponse(responseCode = "403",
            description = "Your roles do not allow this")
    static class Cases {

        @PostMapping("/cases")
        Object create(@RequestBody Object form) {
            return form;
        }

        @PutMapping("/cases/{id}")
        Object change(@PathVariable String id, @RequestBody Object form) {
            return form;
        }

        @GetMapping("/cases/{id}")
        @Audited(resource = "case", action = AuditAction.READ, idParam = "id")
        @io.swagger.v3.oas.annotations.responses.ApiResponse(responseCode = "403",
                description = "Only a supervisor may")
        Object read(@PathVariable String id) {
            return id;
        }
    }
}
