package org.casemgmt.referral.referral;

import java.util.Collection;
import java.util.List;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.mongodb.repository.MongoRepository;

interface ReferralRepository extends MongoRepository<Referral, String> {

    List<Referral> findByCaseId(String caseId);

    List<Referral> findByClientIdOrCaseIdIn(String clientId, Collection<String> caseIds);

    Page<Referral> findByAgencyId(String agencyId, Pageable pageable);

    Page<Referral> findByAgencyIdAndCaseId(String agencyId, String caseId, Pageable pageable);

    Page<Referral> findByAgencyIdAndEscalatedTrue(String agencyId, Pageable pageable);

    Page<Referral> findByReceivingAgencyId(String receivingAgencyId, Pageable pageable);

    Page<Referral> findByReceivingAgencyIdAndStatus(String receivingAgencyId, ReferralStatus status, Pageable pageable);
}
