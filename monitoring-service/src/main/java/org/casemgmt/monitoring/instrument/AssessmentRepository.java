package org.casemgmt.monitoring.instrument;

import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.mongodb.repository.MongoRepository;

interface AssessmentRepository extends MongoRepository<Assessment, String> {

    Page<Assessment> findByCaseId(String caseId, Pageable pageable);

    Page<Assessment> findByCaseIdAndInstrumentId(String caseId, String instrumentId, Pageable pageable);

    /** The latest administration of the instrument on the case; of two at the same moment, the later recorded. */
    Optional<Assessment> findFirstByCaseIdAndInstrumentIdOrderByAdministeredAtDescRecordedAtDesc(String caseId,
                                                                                                   String instrumentId);
}
