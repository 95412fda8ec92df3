package org.casemgmt.platform.web;

import java.time.LocalDate;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;

import org.casemgmt.platform.domain.NotPermittedException;
import org.casemgmt.platform.domain.ResourceNotFoundException;
import org.casemgmt.platform.domain.RuleViolationException;
import org.casemgmt.platform.web.QueryParameters.PageParameterNames;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Pageable;
import org.springframework.data.web.PageableHandlerMethodArgumentResolver;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import com.mongodb.MongoSocketReadException;
import com.mongodb.MongoTimeoutException;
import com.mongodb.ServerAddress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
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

@ExtendWith(OutputCaptureExtension.class)
class ProblemDetailsHandlerTest {

    private final MockMvc mvc = MockMvcBuilders.standaloneSetup(new ThingController())
            .setControllerAdvice(new ProblemDetailsHandler())
            .setCustomArgumentResolvers(new PageableHandlerMethodArgumentResolver())
            .addInterceptors(new QueryParameterCheck(PageParameterNames.DEFAULTS))
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

    @ParameterizedTest
    @ValueSource(strings = {"/api/things/store-down", "/api/things/store-timed-out"})
    void aStoreThatCannotBeReachedIsA503ToRetryAndNoStackTrace(String path, CapturedOutput log) throws Exception {
        mvc.perform(get(path).header("X-Correlation-Id", "corr-store"))
                .andExpect(status().isServiceUnavailable())
                .andExpect(header().string("Retry-After", "5"))
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value("urn:casemgmt:problem:store-unavailable"))
                .andExpect(jsonPath("$.correlationId").value("corr-store"))
                .andExpect(content().string(not(containsString("mongo-7.internal"))))
                .andExpect(content().string(not(containsString("Mongo"))));

        assertThat(log.getOut()).contains("the store cannot be reached").doesNotContain("\tat ");
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

    @Test
    void anOperatorInABracketedQueryParameterIsA400NamingItAndLeavesNoStackTrace(CapturedOutput log) throws Exception {
        mvc.perform(get("/api/things").queryParam("status[$ne]", "CLOSED"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value("urn:casemgmt:problem:unknown-query-parameter"))
                .andExpect(jsonPath("$.unknownParameters").value(contains("status[$ne]")));

        assertThat(log.getAll()).doesNotContain("\tat ", "Exception");
    }

    @Test
    void aQueryParameterTheEndpointDoesNotReadIsRefusedNamingTheOnesItDoes() throws Exception {
        mvc.perform(get("/api/things").queryParam("agencyId", "agency-b").queryParam("status", "OPEN"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value("urn:casemgmt:problem:unknown-query-parameter"))
                .andExpect(jsonPath("$.detail").value("This endpoint does not take the query parameter(s) agencyId; "
                        + "it takes from, page, size, sort, status."))
                .andExpect(jsonPath("$.acceptedParameters").value(contains("from", "page", "size", "sort", "status")));
        mvc.perform(get("/api/things/42").queryParam("verbose", "true"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("This endpoint takes no query parameters, and was sent verbose."));
    }

    @Test
    void anEndpointReadingTheRawRequestTakesAnyPlainNameButNoBracketedOne() throws Exception {
        mvc.perform(get("/api/things/raw").queryParam("anything", "1"))
                .andExpect(status().isOk());
        mvc.perform(get("/api/things/raw").queryParam("a.b[0]", "1"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.unknownParameters").value(contains("a.b[0]")))
                .andExpect(jsonPath("$.acceptedParameters").doesNotExist());
    }

    @Test
    void queryParametersOfTheWrongKindAreDescribedInWordsNotJavaClasses() throws Exception {
        mvc.perform(get("/api/things").queryParam("from", "yesterday").queryParam("status", "OPENED"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value("urn:casemgmt:problem:validation-failed"))
                .andExpect(jsonPath("$.errors[?(@.field == 'from')].message").value("must be a date like 2026-03-14"))
                .andExpect(jsonPath("$.errors[?(@.field == 'status')].message").value("must be one of OPEN, CLOSED"))
                .andExpect(content().string(not(containsString("java."))))
                .andExpect(content().string(not(containsString("ThingStatus"))));
        mvc.perform(get("/api/things/count").queryParam("min", "many"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("min"))
                .andExpect(jsonPath("$.errors[0].message").value("must be a whole number"));
    }

    @Test
    void aPathVariableOfTheWrongKindIsDescribedInWords() throws Exception {
        mvc.perform(get("/api/things/of-day/2026-02-30"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("day"))
                .andExpect(jsonPath("$.errors[0].message").value("must be a date like 2026-03-14"))
                .andExpect(content().string(not(containsString("java."))));
    }

    @Test
    void aBodyFieldOfTheWrongKindIsNamedWithWhatItMustBe() throws Exception {
        mvc.perform(post("/api/things").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"a\",\"count\":1,\"kind\":\"HUGE\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value("urn:casemgmt:problem:unreadable-request"))
                .andExpect(jsonPath("$.detail").value("The request body cannot be read: kind must be one of SMALL, LARGE."))
                .andExpect(jsonPath("$.errors[0].field").value("kind"))
                .andExpect(content().string(not(containsString("ThingKind"))));
        mvc.perform(post("/api/things").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"a\",\"count\":\"many\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("count"))
                .andExpect(jsonPath("$.errors[0].message").value("must be a whole number"))
                .andExpect(content().string(not(containsString("int"))));
    }

    @Test
    void aPageNumberOrSizeThatIsNoWholeNumberInRangeIsRefused() throws Exception {
        for (String page : new String[] {"-1", "99999999999", "2.5", "last"}) {
            mvc.perform(get("/api/things").queryParam("page", page))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.errors[0].field").value("page"))
                    .andExpect(jsonPath("$.errors[0].message").value("must be a whole number from 0 to 2147483647"));
        }
        mvc.perform(get("/api/things").queryParam("size", "0"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("size"));
        mvc.perform(get("/api/things").queryParam("page", "2147483647").queryParam("size", "20"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.page").value(2147483647));
    }

    @Test
    void aSortThatIsNoFieldNameIsRefusedBeforeItReachesTheStore() throws Exception {
        mvc.perform(get("/api/things").queryParam("sort", "$where,desc"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("sort"))
                .andExpect(jsonPath("$.errors[0].message")
                        .value("must be field names, then asc or desc, like startedAt,desc"));
        mvc.perform(get("/api/things").queryParam("sort", "status,desc").queryParam("sort", "owner.name"))
                .andExpect(status().isOk());
    }

    enum ThingStatus { OPEN, CLOSED }

    enum ThingKind { SMALL, LARGE }

    record ThingFilter(ThingStatus status, @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from) {
    }

    record ThingRequest(@NotBlank String name, @Min(1) int count, ThingKind kind) {
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

        @GetMapping("/api/things")
        Map<String, Object> list(ThingFilter filter, Pageable pageable) {
            return Map.of("page", pageable.getPageNumber());
        }

        @GetMapping("/api/things/count")
        Map<String, Integer> count(@RequestParam int min) {
            return Map.of("min", min);
        }

        @GetMapping("/api/things/of-day/{day}")
        Map<String, String> ofDay(@PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day) {
            return Map.of("day", day.toString());
        }

        @GetMapping("/api/things/raw")
        Map<String, String> raw(HttpServletRequest request) {
            return Map.of("query", String.valueOf(request.getQueryString()));
        }

        @GetMapping("/api/things/boom")
        Map<String, String> boom() {
            throw new IllegalStateException("connection to mongo-7.internal:27017 refused");
        }

        /** As Spring Data translates the driver's failure to read from a store that went away. */
        @GetMapping("/api/things/store-down")
        Map<String, String> storeDown() {
            throw new DataAccessResourceFailureException("Exception receiving message", new MongoSocketReadException(
                    "Prematurely reached end of stream", new ServerAddress("mongo-7.internal")));
        }

        /** The driver's own exception, wrapped by something on the way. */
        @GetMapping("/api/things/store-timed-out")
        Map<String, String> storeTimedOut() {
            throw new IllegalStateException("Could not load thing", new MongoTimeoutException(
                    "Timed out while waiting for a server; mongo-7.internal:27017 is unreachable"));
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
