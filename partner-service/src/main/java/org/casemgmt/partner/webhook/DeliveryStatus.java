package org.casemgmt.partner.webhook;

/** {@code PENDING → DELIVERED}, or {@code PENDING → DEAD_LETTERED → PENDING} by a redelivery. */
enum DeliveryStatus { PENDING, DELIVERED, DEAD_LETTERED }
