package org.casemgmt.monitoring.workqueue;

import java.util.Collection;
import java.util.List;

import org.springframework.data.mongodb.repository.MongoRepository;

interface TaskRepository extends MongoRepository<Task, String> {

    List<Task> findByCaseIdAndKindAndStatus(String caseId, TaskKind kind, Task.Status status);

    List<Task> findByCaseIdAndSubjectIdAndStatus(String caseId, String subjectId, Task.Status status);

    List<Task> findByStatusAndAudienceAndAgencyIdAndAssigneeOrderByDueAtAsc(Task.Status status, Task.Audience audience,
                                                                          String agencyId, String assignee);

    List<Task> findByStatusAndAudienceAndProviderAgencyIdOrderByDueAtAsc(Task.Status status, Task.Audience audience,
                                                                       String providerAgencyId);

    List<Task> findByStatusAndAudienceInAndAgencyIdOrderByDueAtAsc(Task.Status status,
                                                                 Collection<Task.Audience> audiences, String agencyId);
}
