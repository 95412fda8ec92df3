package org.casemgmt.monitoring.journal;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.mongodb.repository.MongoRepository;

interface ProgressNoteRepository extends MongoRepository<ProgressNote, String> {

    Page<ProgressNote> findByCaseId(String caseId, Pageable pageable);
}
