package org.casemgmt.platform.web;

import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;

import org.junit.jupiter.api.Test;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class ProblemDetailsHandlerTest {

    private final MockMvc mvc = MockMvcBuilders.standaloneSetup(new ThingController())
            .setControllerAdvice(new ProblemDetailsHandler())
            .addFilters(new CorrelationIdFilter())
            .build();

    @Test
    void invalidFieldsAreA400ProblemListingEachFieldWithItsMessage() throws Exception {
        mvc.perform(post("/api/things").contentType(MediaType.APPLICATION_JSON).content("{\"name\":\"\",\"count\":0}"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value("urn:casemgmt:problem:validation-failed"))
                .andExpect(jsonPath("$.status").value(400))
                .andExpect(jsonPath("$.errors[*].field").value(containsInAnyOrder("name", "count")))
                .andExpect(jsonPath("$.errors[?(@.field == 'count')].message").value("must be greater than or equal to 1"));
    }

    @Test
    void aBodyThatIsNotJsonIsA400Problem() throws Exception {
        mvc.perform(post("/api/things").contentType(MediaType.APPLICATION_JSON).content("{\"name\": oops"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value("urn:casemgmt:problem:unreadable-request"));
    }

    @Test
    void aStaleVersionIsA409() throws Exception {
        mvc.perform(put("/api/things/7").contentType(MediaType.APPLICATION_JSON).content("{\"name\":\"a\",\"count\":1}"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value("urn:casemgmt:problem:stale-version"));
    }

    @Test
    void aMissingResourceIsA404NamingIt() throws Exception {
        mvc.perform(get("/api/things/42"))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.type").value("urn:casemgmt:problem:not-found"))
                .andExpect(jsonPath("$.detail").value("There is no thing 42."));
    }

    @Test
    void aRuleViolationIsA409WithTheRuleSlugAndItsProperties() throws Exception {
        mvc.perform(post("/api/things/7/close"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value("urn:casemgmt:problem:thing-already-closed"))
                .andExpect(jsonPath("$.detail").value("Thing 7 was closed already."))
                .andExpect(jsonPath("$.closedBy").value("worker-3"));
    }

    @Test
    void anActionTheActorMayNotTakeIsA403WithItsSlug() throws Exception {
        mvc.perform(post("/api/things/7/approval"))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.type").value("urn:casemgmt:problem:approval-not-permitted"))
                .andExpect(jsonPath("$.detail").value("Only a supervisor may approve thing 7."));
    }

    @Test
    void anUnexpectedErrorIsA500ThatRevealsNothingInternal() throws Exception {
        mvc.perform(get("/api/things/boom"))
                .andExpect(status().isInternalServerError())
                .andExpect(jsonPath("$.type").value("urn:casemgmt:problem:internal-error"))
                .andExpect(content().string(not(containsString("mongo-7.internal"))))
                .andExpect(content().string(not(containsString("IllegalStateException"))));
    }

    @Test
    void everyProblemCarriesItsPathAndTheRequestsCorrelationId() throws Exception {
        mvc.perform(get("/api/things/42").header("X-Correlation-Id", "corr-abc"))
                .andExpect(header().string("X-Correlation-Id", "corr-abc"))
                .andExpect(jsonPath("$.instance").value("/api/things/42"))
                .andExpect(jsonPath("$.correlationId").value("corr-abc"));
    }

    @Test
    void springsOwnErrorsGetAPlatformProblemTypeToo() throws Exception {
        mvc.perform(delete("/api/things/42"))
                .andExpect(status().isMethodNotAllowed())
                .andExpect(jsonPath("$.type").value("urn:casemgmt:problem:method-not-allowed"))
                .andExpect(jsonPath("$.instance").value("/api/things/42"));
    }

    record ThingRequest(@NotBlank String name, @Min(1) int count) {
    }

    @RestController
    static class ThingController {

        @PostMapping("/api/things")
        Map<String, String> create(@Valid @RequestBody ThingRequest request) {
            return Map.of("name", request.name());
        }

        @PutMapping("/api/things/{id}")
        Map<String, String> update(@PathVariable String id, @Valid @RequestBody ThingRequest request) {
            throw new OptimisticLockingFailureException("Version 3 of thing " + id + " in collection things is stale");
        }

        @GetMapping("/api/things/boom")
        Map<String, String> boom() {
            throw new IllegalStateException("connection to mongo-7.internal:27017 refused");
        }

        @GetMapping("/api/things/{id}")
        Map<String, String> read(@PathVariable String id) {
            throw new ResourceNotFoundException("thing", id);
        }

        @PostMapping("/api/things/{id}/close")
        Map<String, String> close(@PathVariable String id) {
            throw new RuleViolationException("thing-already-closed", "Thing " + id + " was closed already.",
                    Map.of("closedBy", "worker-3"));
        }

        @PostMapping("/api/things/{id}/approval")
        Map<String, String> approve(@PathVariable String id) {
            throw new NotPermittedException("approval-not-permitted", "Only a supervisor may approve thing " + id + ".");
        }
    }
}
