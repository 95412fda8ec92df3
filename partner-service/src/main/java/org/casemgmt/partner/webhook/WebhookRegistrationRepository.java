package org.casemgmt.partner.webhook;

import java.util.List;

import org.springframework.data.mongodb.repository.MongoRepository;

interface WebhookRegistrationRepository extends MongoRepository<WebhookRegistration, String> {

    List<WebhookRegistration> findByAgencyIdOrderByCreatedAtAsc(String agencyId);

    List<WebhookRegistration> findByAgencyIdAndStatus(String agencyId, WebhookRegistration.Status status);
}
