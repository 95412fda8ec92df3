package org.casemgmt.partner.webhook;

import java.util.List;

import org.springframework.data.domain.Pageable;
import org.springframework.data.mongodb.repository.MongoRepository;

interface WebhookDeliveryRepository extends MongoRepository<WebhookDelivery, String> {

    List<WebhookDelivery> findByRegistrationIdOrderByCreatedAtDesc(String registrationId, Pageable page);

    List<WebhookDelivery> findByRegistrationIdAndStatusOrderByCreatedAtDesc(String registrationId,
                                                                            DeliveryStatus status, Pageable page);

    void deleteByRegistrationId(String registrationId);
}
