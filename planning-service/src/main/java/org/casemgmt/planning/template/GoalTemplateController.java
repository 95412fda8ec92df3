package org.casemgmt.planning.template;

import java.time.Instant;
import java.util.List;

import org.casemgmt.platform.security.StaffAccess;
import org.casemgmt.platform.security.StaffRole;
import org.casemgmt.platform.web.CurrentActor;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;

@RestController
@RequestMapping("/api/planning/goal-templates")
@Tag(name = "Goal templates", description = "The goal suggested for a serious need in each life domain")
@ApiResponse(responseCode = "403", description = "The caller's roles do not allow this (`role-not-permitted`)")
class GoalTemplateController {

    private final GoalTemplateCatalog catalog;
    private final CurrentActor actor;
    private final StaffAccess access;

    GoalTemplateController(GoalTemplateCatalog catalog, CurrentActor actor, StaffAccess access) {
        this.catalog = catalog;
        this.actor = actor;
        this.access = access;
    }

    @GetMapping
    @Operation(operationId = "listGoalTemplates", summary = "List the goal templates, by need domain")
    @ApiResponse(responseCode = "200", description = "Every goal template")
    List<TemplateView> list() {
        access.requireRole(StaffRole.CASE_READING, "read goal templates");
        return catalog.all().stream().map(TemplateView::of).toList();
    }

    @GetMapping("/{needDomain}")
    @Operation(operationId = "getGoalTemplate", summary = "Read the goal template of a need domain")
    @ApiResponse(responseCode = "200", description = "The goal template")
    @ApiResponse(responseCode = "404", description = "No goal template for this need domain")
    TemplateView get(@PathVariable String needDomain) {
        access.requireRole(StaffRole.CASE_READING, "read goal templates");
        return TemplateView.of(catalog.get(needDomain));
    }

    @PutMapping("/{needDomain}")
    @Operation(operationId = "putGoalTemplate", summary = "Create or change the goal template of a need domain",
            description = "Applies to plans drafted from now on. Without a version the template is created; with "
                    + "one it is replaced. A stale version answers 409.")
    @ApiResponse(responseCode = "200", description = "The goal template as set")
    TemplateView put(@PathVariable @Pattern(regexp = "[A-Z][A-Z_]{1,49}", message = "must be an upper-case life "
            + "domain such as HOUSING") String needDomain, @Valid @RequestBody GoalTemplateForm form) {
        access.requireRole(StaffRole.ADMINISTRATION, "change goal templates");
        return TemplateView.of(catalog.define(needDomain, form, actor.id()));
    }

    record TemplateView(String needDomain, Long version, GoalTemplate template, Instant updatedAt, String updatedBy) {

        static TemplateView of(StoredGoalTemplate stored) {
            return new TemplateView(stored.getNeedDomain(), stored.getVersion(), stored.getTemplate(),
                    stored.getUpdatedAt(), stored.getUpdatedBy());
        }
    }
}
