package org.casemgmt.partner.webhook;

import java.time.Clock;
import java.time.Instant;

import org.casemgmt.platform.timer.DueTimerHandler;
import org.springframework.stereotype.Component;

/**
 * Makes the attempt a delivery's timer says is due, records how it went and sets the next one. The
 * {@code DueTimerPoller} claims the delivery first, so one instance makes it; a call for a moment already acted on
 * finds nothing due. A delivery of a disabled or deleted registration is dead-lettered without an attempt.
 */
@Component
class DeliveryAttempts implements DueTimerHandler {

    private final WebhookDeliveryRepository deliveries;
    private final WebhookRegistrationRepository registrations;
    private final WebhookSender sender;
    private final RetrySchedule schedule;
    private final Clock clock;

    DeliveryAttempts(WebhookDeliveryRepository deliveries, WebhookRegistrationRepository registrations,
                     WebhookSender sender, WebhookProperties properties, Clock clock) {
        this.deliveries = deliveries;
        this.registrations = registrations;
        this.sender = sender;
        this.schedule = properties.schedule();
        this.clock = clock;
    }

    @Override
    public String collection() {
        return WebhookDelivery.COLLECTION;
    }

    @Override
    public void fire(String deliveryId) {
        deliveries.findById(deliveryId).ifPresent(delivery -> {
            Instant now = clock.instant();
            if (!delivery.attemptDue(now)) {
                return;
            }
            registrations.findById(delivery.getRegistrationId()).filter(WebhookRegistration::isActive)
                    .ifPresentOrElse(
                            registration -> delivery.attempted(sender.send(registration, delivery, now),
                                    clock.instant(), schedule),
                            () -> delivery.deadLetter("registration-disabled: the webhook was disabled or deleted",
                                    now));
            deliveries.save(delivery);
        });
    }
}
