package org.casemgmt.monitoring.timeline;

import java.time.Instant;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.mongodb.repository.MongoRepository;

interface TimelineEntryRepository extends MongoRepository<TimelineEntry, String> {

    Page<TimelineEntry> findByCaseIdAndOccurredAtLessThanEqual(String caseId, Instant asOf, Pageable pageable);

    Page<TimelineEntry> findByCaseIdAndOccurredAtLessThanEqualAndConfidentialFalse(String caseId, Instant asOf,
                                                                                    Pageable pageable);
}
