package org.casemgmt.platform.audit;

import java.net.URI;
import java.util.Map;

import org.casemgmt.platform.domain.ResourceNotFoundException;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

class AuditedRequestsTest {

    private final AuditTrail trail = mock(AuditTrail.class);
    private final AuditedRequests audited = new AuditedRequests(trail);
    private final MockMvcTester mvc = MockMvcTester.create(MockMvcBuilders.standaloneSetup(new Clients())
            .addInterceptors(audited).setControllerAdvice(audited, new NotFoundAnswers()).build());

    @Test
    void aReadIsRecordedWithTheIdFromThePathAndTheStatus() {
        assertThat(mvc.get().uri("/clients/client-1")).hasStatusOk();

        AuditRecord recorded = recorded();
        assertThat(recorded.resourceId()).isEqualTo("client-1");
        assertThat(recorded.action()).isEqualTo(AuditAction.READ);
        assertThat(recorded.method()).isEqualTo("GET");
        assertThat(recorded.path()).isEqualTo("/clients/client-1");
        assertThat(recorded.status()).isEqualTo(200);
        assertThat(recorded.filter()).isNull();
    }

    @Test
    void aCreatedResourceIsRecordedWithTheIdOfItsLocation() {
        assertThat(mvc.post().uri("/clients")).hasStatus(201);

        assertThat(recorded().resourceId()).isEqualTo("client-9");
        assertThat(recorded().status()).isEqualTo(201);
    }

    @Test
    void aSearchRecordsTheValuesOfDeclaredFiltersAndOnlyTheNamesOfTheOthers() {
        assertThat(mvc.get().uri("/clients?status=ACTIVE&name=Maria&birthDate=1985-03-14")).hasStatusOk();

        assertThat(recorded().filter()).isEqualTo("birthDate&name&status=ACTIVE");
        assertThat(recorded().resourceId()).isNull();
    }

    @Test
    void aReadThatCannotBeRecordedIsRefusedWithoutItsData() {
        given(trail.record(any())).willThrow(new AuditUnavailableException("store down", null));

        assertThat(mvc.get().uri("/clients/client-1")).hasStatus(503).hasHeader(HttpHeaders.RETRY_AFTER, "5")
                .bodyText().contains("urn:casemgmt:problem:audit-unavailable").doesNotContain("Maria");
    }

    @Test
    void anErrorAnswerThatCannotBeRecordedIsA503NotABare500() {
        given(trail.record(any())).willThrow(new AuditUnavailableException("store down", null));

        assertThat(mvc.get().uri("/clients/unknown")).hasStatus(503)
                .hasHeader(HttpHeaders.RETRY_AFTER, "5")
                .hasContentType(MediaType.APPLICATION_PROBLEM_JSON)
                .bodyJson().extractingPath("$.type").isEqualTo("urn:casemgmt:problem:audit-unavailable");
    }

    @Test
    void aCallWithoutABodyIsRecordedWhenItCompletes() {
        assertThat(mvc.delete().uri("/clients/client-1")).hasStatus(204);

        assertThat(recorded().action()).isEqualTo(AuditAction.DELETE);
        assertThat(recorded().status()).isEqualTo(204);
    }

    @Test
    void aResourceFoundByItsOwnIdIsRecordedWithTheCaseItsAnswerNames() {
        assertThat(mvc.get().uri("/plans/plan-3")).hasStatusOk();

        assertThat(recorded().resourceId()).isEqualTo("plan-3");
        assertThat(recorded().caseId()).isEqualTo("case-7");
    }

    @Test
    void anErrorAnswerLeavesTheCaseUnknown() {
        assertThat(mvc.get().uri("/plans/missing")).hasStatus(404);

        assertThat(recorded().caseId()).isNull();
    }

    @Test
    void aMethodThatIsNotAuditedRecordsNothing() {
        assertThat(mvc.get().uri("/health")).hasStatusOk();

        verify(trail, never()).record(any());
    }

    private AuditRecord recorded() {
        ArgumentCaptor<AuditRecord> record = ArgumentCaptor.forClass(AuditRecord.class);
        verify(trail).record(record.capture());
        return record.getValue();
    }

    @RestController
    static class Clients {

        @GetMapping("/clients/{id}")
        @Audited(resource = "client", action = AuditAction.READ, idParam = "id")
        Map<String, String> read(@PathVariable String id) {
            if ("unknown".equals(id)) {
                throw new ResourceNotFoundException("client", id);
            }
            return Map.of("id", id, "givenName", "Maria");
        }

        @PostMapping("/clients")
        @Audited(resource = "client", action = AuditAction.CREATE)
        ResponseEntity<Map<String, String>> register() {
            return ResponseEntity.created(URI.create("/clients/client-9")).body(Map.of("id", "client-9"));
        }

        @GetMapping("/clients")
        @Audited(resource = "client", action = AuditAction.READ, recordValuesOf = "status")
        Map<String, String> list() {
            return Map.of("givenName", "Maria");
        }

        @DeleteMapping("/clients/{id}")
        @ResponseStatus(HttpStatus.NO_CONTENT)
        @Audited(resource = "client", action = AuditAction.DELETE, idParam = "id")
        void erase(@PathVariable String id) {
            // nothing to erase in this test
        }

        @GetMapping("/plans/{id}")
        @Audited(resource = "plan", action = AuditAction.READ, idParam = "id", caseIdProperty = "caseId")
        ResponseEntity<?> plan(@PathVariable String id) {
            return "missing".equals(id)
                    ? ResponseEntity.status(HttpStatus.NOT_FOUND).body(ProblemDetail.forStatus(HttpStatus.NOT_FOUND))
                    : ResponseEntity.ok(new Plan(id, "case-7"));
        }

        /** Private, as controllers' response records are not public either. */
        private record Plan(String id, String caseId) {
        }

        @GetMapping("/health")
        Map<String, String> health() {
            return Map.of("status", "UP");
        }
    }

    /** Answers as the platform's exception handlers do: with a problem document. */
    @RestControllerAdvice
    static class NotFoundAnswers {

        @ExceptionHandler
        ResponseEntity<ProblemDetail> notFound(ResourceNotFoundException ex) {
            return ResponseEntity.status(HttpStatus.NOT_FOUND)
                    .body(ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, ex.getMessage()));
        }
    }
}
