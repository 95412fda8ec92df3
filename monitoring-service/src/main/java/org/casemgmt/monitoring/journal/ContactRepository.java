package org.casemgmt.monitoring.journal;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.mongodb.repository.MongoRepository;

interface ContactRepository extends MongoRepository<Contact, String> {

    Page<Contact> findByCaseId(String caseId, Pageable pageable);
}
