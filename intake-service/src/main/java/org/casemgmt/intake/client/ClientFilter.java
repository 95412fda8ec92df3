package org.casemgmt.intake.client;

import java.time.LocalDate;

import org.springframework.format.annotation.DateTimeFormat;

/** Query parameters of the client list; each is optional. Registration dates are UTC days, both inclusive. */
record ClientFilter(ClientStatus status,
                    String agencyId,
                    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate registeredFrom,
                    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate registeredTo) {
}
