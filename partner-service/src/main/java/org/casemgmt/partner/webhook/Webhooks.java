package org.casemgmt.partner.webhook;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.casemgmt.platform.domain.ResourceNotFoundException;
import org.casemgmt.platform.security.StaffAccess;
import org.casemgmt.platform.security.StaffRole;
import org.casemgmt.platform.web.CurrentActor;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;

/**
 * A partner agency's webhooks and their deliveries, as the partner manages them: its agency admin, or its system
 * with its own client-credentials token (a {@code PROVIDER} token of the partner agency, acting for that agency).
 * Each sees and changes only its own agency's registrations; another agency's are answered as if they did not exist.
 */
@Service
class Webhooks {

    /** Who manages a partner's webhooks: its administrator, and its own system (a provider token of its agency). */
    static final Set<StaffRole> MANAGERS = Set.of(StaffRole.AGENCY_ADMIN, StaffRole.PROVIDER);
    private static final int DELIVERIES_SHOWN = 100;

    private final WebhookRegistrationRepository registrations;
    private final WebhookDeliveryRepository deliveries;
    private final EndpointCheck endpoints;
    private final StaffAccess access;
    private final CurrentActor actor;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    Webhooks(WebhookRegistrationRepository registrations, WebhookDeliveryRepository deliveries,
             EndpointCheck endpoints, StaffAccess access, CurrentActor actor, Clock clock) {
        this.registrations = registrations;
        this.deliveries = deliveries;
        this.endpoints = endpoints;
        this.access = access;
        this.actor = actor;
        this.clock = clock;
    }

    WebhookRegistration register(String url, Set<String> eventTypes) {
        access.requireRole(MANAGERS, "register webhooks");
        endpoints.check(url);
        WebhookRegistration registration = WebhookRegistration.registered("wh_" + UUID.randomUUID(),
                access.agencyId(), url, eventTypes, WebhookSignature.newSecret(random), actor.id(), clock.instant());
        return registrations.insert(registration);
    }

    List<WebhookRegistration> list() {
        access.requireRole(MANAGERS, "read webhooks");
        return registrations.findByAgencyIdOrderByCreatedAtAsc(access.agencyId());
    }

    WebhookRegistration get(String id) {
        access.requireRole(MANAGERS, "read webhooks");
        return visible(id);
    }

    WebhookRegistration disable(String id) {
        access.requireRole(MANAGERS, "disable webhooks");
        WebhookRegistration registration = visible(id);
        registration.disable();
        return registrations.save(registration);
    }

    WebhookRegistration enable(String id) {
        access.requireRole(MANAGERS, "enable webhooks");
        WebhookRegistration registration = visible(id);
        endpoints.check(registration.getUrl());
        registration.enable();
        return registrations.save(registration);
    }

    /** The registration and its deliveries; what it had pending is not sent. */
    void delete(String id) {
        access.requireRole(MANAGERS, "delete webhooks");
        WebhookRegistration registration = visible(id);
        deliveries.deleteByRegistrationId(registration.getId());
        registrations.delete(registration);
    }

    /** The registration's latest deliveries, newest first, of one status or all. */
    List<WebhookDelivery> deliveries(String id, DeliveryStatus status) {
        access.requireRole(MANAGERS, "read webhook deliveries");
        WebhookRegistration registration = visible(id);
        PageRequest latest = PageRequest.of(0, DELIVERIES_SHOWN);
        return status == null ? deliveries.findByRegistrationIdOrderByCreatedAtDesc(registration.getId(), latest)
                : deliveries.findByRegistrationIdAndStatusOrderByCreatedAtDesc(registration.getId(), status, latest);
    }

    WebhookDelivery redeliver(String id, String deliveryId) {
        access.requireRole(MANAGERS, "redeliver webhook deliveries");
        WebhookRegistration registration = visible(id);
        WebhookDelivery delivery = deliveries.findById(deliveryId)
                .filter(found -> found.getRegistrationId().equals(registration.getId()))
                .orElseThrow(() -> new ResourceNotFoundException("delivery", deliveryId));
        delivery.redeliver(clock.instant());
        return deliveries.save(delivery);
    }

    /** The registration, if it is of the caller's agency; else the same 404 as for one that does not exist. */
    WebhookRegistration visible(String id) {
        WebhookRegistration registration = registrations.findById(id)
                .orElseThrow(() -> new ResourceNotFoundException("webhook", id));
        return access.visible(registration, registration.getAgencyId(), "webhook", id);
    }
}
