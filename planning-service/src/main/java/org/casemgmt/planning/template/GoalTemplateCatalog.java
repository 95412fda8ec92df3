package org.casemgmt.planning.template;

import java.io.IOException;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.casemgmt.platform.persistence.ExpectedVersion;
import org.casemgmt.platform.domain.ResourceNotFoundException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.Resource;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;

import jakarta.annotation.PostConstruct;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** The goal templates per need domain; the plan feature reads them all through {@link #byDomain()}. */
@Service
public class GoalTemplateCatalog {

    private final GoalTemplateRepository templates;
    private final Clock clock;
    private final JsonMapper json;
    private final Resource seed;

    GoalTemplateCatalog(GoalTemplateRepository templates, Clock clock, JsonMapper json,
                        @Value("${planning.goal-templates-seed:classpath:templates/seed-goal-templates.json}")
                        Resource seed) {
        this.templates = templates;
        this.clock = clock;
        this.json = json;
        this.seed = seed;
    }

    public Map<String, GoalTemplate> byDomain() {
        return templates.findAll().stream()
                .collect(Collectors.toMap(StoredGoalTemplate::getNeedDomain, StoredGoalTemplate::getTemplate));
    }

    List<StoredGoalTemplate> all() {
        return templates.findAll(Sort.by("_id"));
    }

    StoredGoalTemplate get(String needDomain) {
        return templates.findById(needDomain).orElseThrow(() -> new ResourceNotFoundException("goal template",
                needDomain));
    }

    /** Creates the domain's template (no version) or replaces it (with the version read). */
    StoredGoalTemplate define(String needDomain, GoalTemplateForm form, String actor) {
        StoredGoalTemplate stored = templates.findById(needDomain).orElseGet(() -> new StoredGoalTemplate(needDomain));
        ExpectedVersion.checkCreateOrChange("goal template", needDomain, stored.getVersion(), form.version());
        stored.define(form.template(needDomain), actor, clock.instant());
        return templates.save(stored);
    }

    /**
     * A new installation starts with the templates of {@code planning.goal-templates-seed}; templates changed since
     * are kept. Seeded while the context starts, before the binder consumes the first case.opened, by every instance
     * of the service: a template another instance starting at the same time stored first is left to it.
     */
    @PostConstruct
    void seedIfEmpty() throws IOException {
        if (templates.count() == 0) {
            json.readValue(seed.getInputStream(), new TypeReference<LinkedHashMap<String, GoalTemplateForm>>() { })
                    .forEach((domain, form) -> {
                        try {
                            define(domain, form, "seed");
                        } catch (DuplicateKeyException | OptimisticLockingFailureException storedByAnotherInstance) {
                            // the same seed's template
                        }
                    });
        }
    }
}
