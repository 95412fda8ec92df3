package org.casemgmt.platform.sample;

import java.net.URI;
import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;

import org.casemgmt.events.EventCatalog;
import org.casemgmt.platform.audit.AuditAction;
import org.casemgmt.platform.audit.Audited;
import org.casemgmt.platform.outbox.EventRecorder;
import org.casemgmt.platform.web.CurrentActor;
import org.casemgmt.platform.web.ResourceNotFoundException;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
class SampleCaseController {

    private final SampleCaseRepository cases;
    private final EventRecorder recorder;
    private final CurrentActor actor;

    SampleCaseController(SampleCaseRepository cases, EventRecorder recorder, CurrentActor actor) {
        this.cases = cases;
        this.recorder = recorder;
        this.actor = actor;
    }

    record OpenCase(@NotBlank String agencyId) {
    }

    @PostMapping("/api/sample/cases")
    @Audited(resource = "case", action = AuditAction.CREATE)
    ResponseEntity<Map<String, String>> open(@Valid @RequestBody OpenCase request) {
        String caseId = Fixtures.newCaseId();
        SampleCase opened = new SampleCase(caseId);
        opened.open(recorder.record(EventCatalog.CASE_OPENED, caseId, Fixtures.caseOpened(caseId, request.agencyId())));
        cases.save(opened);
        return ResponseEntity.created(URI.create("/api/sample/cases/" + caseId))
                .body(Map.of("caseId", caseId, "openedBy", actor.id()));
    }

    @GetMapping("/api/sample/cases/{id}")
    @Audited(resource = "case", action = AuditAction.READ, idParam = "id", caseIdParam = "id")
    Map<String, String> read(@PathVariable String id) {
        SampleCase found = cases.findById(id).orElseThrow(() -> new ResourceNotFoundException("case", id));
        return Map.of("caseId", found.getId(), "status", found.getStatus());
    }
}
