package org.casemgmt.intake.client;

import java.time.LocalDate;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * Query parameters of the client list; each is optional. Registration dates are UTC days, both inclusive. There is no
 * agency parameter: a list holds only the caller's agency's clients.
 */
record ClientFilter(ClientStatus status,
                    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate registeredFrom,
                    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate registeredTo) {
}
