package org.casemgmt.referral.directory;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.function.BiPredicate;

import org.casemgmt.events.EventCatalog;
import org.casemgmt.events.referral.v1.CapacityChanged;
import org.casemgmt.platform.domain.ResourceNotFoundException;
import org.casemgmt.platform.outbox.EventRecorder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Component;

/**
 * Changes a service's capacity and announces it (capacity.changed, keyed by the service id) in the same save. Holds
 * for two referrals, or a hold and the provider's report, may meet on the same service: the later save loses on the
 * version, and the change is tried again on what the earlier one left.
 */
@Component
class CapacityChanges {

    static final int ATTEMPTS = 5;

    private static final Logger log = LoggerFactory.getLogger(CapacityChanges.class);

    private final ProvidedServiceRepository services;
    private final EventRecorder recorder;
    private final Clock clock;

    CapacityChanges(ProvidedServiceRepository services, EventRecorder recorder, Clock clock) {
        this.services = services;
        this.recorder = recorder;
        this.clock = clock;
    }

    /**
     * @param change changes the service at the instant given; answers whether it changed anything. Nothing is
     *               saved or published when it did not.
     * @return the service as saved, or as found when nothing changed
     */
    ProvidedService apply(String serviceId, BiPredicate<ProvidedService, Instant> change) {
        for (int attempt = 1; ; attempt++) {
            ProvidedService service = find(serviceId);
            if (!change.test(service, clock.instant().truncatedTo(ChronoUnit.MILLIS))) {
                return service;
            }
            announce(service);
            try {
                return services.save(service);
            } catch (OptimisticLockingFailureException concurrentChange) {
                if (attempt == ATTEMPTS) {
                    throw concurrentChange;
                }
                log.debug("Capacity of service {} changed meanwhile; trying again ({} of {})", serviceId, attempt,
                        ATTEMPTS);
            }
        }
    }

    ProvidedService find(String serviceId) {
        return services.findById(serviceId).orElseThrow(() -> new ResourceNotFoundException("service", serviceId));
    }

    /** Puts capacity.changed in the service's outbox; an import that reports a capacity saves it with the rest. */
    void announce(ProvidedService service) {
        ServiceCapacity capacity = service.getCapacity();
        service.publish(recorder.record(EventCatalog.CAPACITY_CHANGED, service.getId(),
                new CapacityChanged(service.getId(), service.getOrganizationId(), capacity.unit(),
                        capacity.available(), capacity.maximum(), capacity.held().size(), capacity.offerable(),
                        capacity.status().code(), capacity.updated())));
    }
}
