package org.casemgmt.planning.template;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;

/** The goal template of one need domain, as kept: the domain is its id, so a domain has one template. */
@Document("goal_templates")
class StoredGoalTemplate {

    @Id
    private String needDomain;
    @Version
    private Long version;
    private GoalTemplate template;
    private Instant updatedAt;
    private String updatedBy;

    StoredGoalTemplate() {
    }

    StoredGoalTemplate(String needDomain) {
        this.needDomain = needDomain;
    }

    void define(GoalTemplate newTemplate, String actor, Instant at) {
        template = newTemplate;
        updatedBy = actor;
        updatedAt = at;
    }

    String getNeedDomain() {
        return needDomain;
    }

    Long getVersion() {
        return version;
    }

    GoalTemplate getTemplate() {
        return template;
    }

    Instant getUpdatedAt() {
        return updatedAt;
    }

    String getUpdatedBy() {
        return updatedBy;
    }
}
