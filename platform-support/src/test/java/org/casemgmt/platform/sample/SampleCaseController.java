package org.casemgmt.platform.sample;

import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;

import org.casemgmt.events.EventCatalog;
import org.casemgmt.platform.audit.AuditAction;
import org.casemgmt.platform.audit.Audited;
import org.casemgmt.platform.audit.AuditUnavailableException;
import org.casemgmt.platform.outbox.EventRecorder;
import org.casemgmt.platform.persistence.FilterQuery;
import org.casemgmt.platform.web.CurrentActor;
import org.casemgmt.platform.domain.ResourceNotFoundException;
import org.springframework.data.domain.Pageable;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.web.PagedModel;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

@RestController
class SampleCaseController {

    private final SampleCaseRepository cases;
    private final EventRecorder recorder;
    private final CurrentActor actor;
    private final MongoOperations mongo;

    SampleCaseController(SampleCaseRepository cases, EventRecorder recorder, CurrentActor actor,
                         MongoOperations mongo) {
        this.cases = cases;
        this.recorder = recorder;
        this.actor = actor;
        this.mongo = mongo;
    }

    record OpenCase(@NotBlank String agencyId) {
    }

    enum CaseStatus { OPEN, CLOSED }

    /** A list's filter, bound from the query string as the services' filters are. */
    record CaseFilter(CaseStatus status) {
    }

    @PostMapping("/api/sample/cases")
    @Audited(resource = "case", action = AuditAction.CREATE)
    ResponseEntity<Map<String, String>> open(@Valid @RequestBody OpenCase request) {
        String caseId = Fixtures.newCaseId();
        SampleCase opened = new SampleCase(caseId);
        opened.open(recorder.record(EventCatalog.CASE_OPENED, caseId, Fixtures.caseOpened(caseId, request.agencyId())));
        cases.save(opened);
        // Absolute, from the request: behind the gateway it names the gateway, as X-Forwarded-* from it say.
        return ResponseEntity.created(ServletUriComponentsBuilder.fromCurrentRequestUri().path("/{id}")
                        .buildAndExpand(caseId).toUri())
                .body(Map.of("caseId", caseId, "openedBy", actor.id()));
    }

    /** Opens a case and then fails, as a request whose audit entry cannot be written after its save does. */
    @PostMapping("/api/sample/cases/opened-then-unrecorded")
    void openThenFail(@Valid @RequestBody OpenCase request) {
        cases.save(new SampleCase(Fixtures.newCaseId()));
        throw new AuditUnavailableException("the audit trail is unavailable", null);
    }

    @GetMapping("/api/sample/cases")
    PagedModel<Map<String, String>> list(CaseFilter filter, Pageable pageable) {
        return new PagedModel<>(new FilterQuery()
                .equalTo("status", filter.status() == null ? null : filter.status().name())
                .page(mongo, pageable, SampleCase.class)
                .map(found -> Map.of("caseId", found.getId(), "status", found.getStatus())));
    }

    @GetMapping("/api/sample/cases/{id}")
    @Audited(resource = "case", action = AuditAction.READ, idParam = "id", caseIdParam = "id")
    Map<String, String> read(@PathVariable String id) {
        SampleCase found = cases.findById(id).orElseThrow(() -> new ResourceNotFoundException("case", id));
        return Map.of("caseId", found.getId(), "status", found.getStatus());
    }
}
