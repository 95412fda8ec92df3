package org.casemgmt.planning.template;

import org.springframework.data.mongodb.repository.MongoRepository;

interface GoalTemplateRepository extends MongoRepository<StoredGoalTemplate, String> {
}
