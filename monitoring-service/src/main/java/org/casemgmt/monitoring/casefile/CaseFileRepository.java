package org.casemgmt.monitoring.casefile;

import java.util.Collection;
import java.util.List;

import org.springframework.data.mongodb.repository.MongoRepository;

interface CaseFileRepository extends MongoRepository<CaseFile, String> {

    List<CaseFile> findByClientIdOrCaseIdIn(String clientId, Collection<String> caseIds);
}
